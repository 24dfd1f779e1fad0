#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace flywheel {

/// How a stage's figure reads, the same on the wheel (shell/Formatting) and in the weekly report.
/// A figure label ending in "(%)" marks a percentage: "negative tickets (%)".
class FigureText {
    Q_DECLARE_TR_FUNCTIONS(Formatting)

public:
    FigureText() = delete;

    /// Whole numbers stay whole; others get one decimal, which is all a glance needs.
    [[nodiscard]] static QString number(double value, const QLocale& locale);
    [[nodiscard]] static bool isPercentage(const QString& label);
    /// "18%", "1,204", "3.5".
    [[nodiscard]] static QString figure(double value, const QString& label, const QLocale& locale);
    /// The label without its unit marker: "negative tickets".
    [[nodiscard]] static QString caption(const QString& label);
};

} // namespace flywheel
