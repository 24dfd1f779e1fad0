#pragma once

#include "stages/outcomes/OutcomeQueries.h"

#include <QWidget>

namespace flywheel {

/// The wheel's momentum on the home screen: one small card per figure (tickets per 100 orders,
/// negative share, catalog completeness, searches finding nothing, forecast error, overstock value,
/// promotion margin gained) with its latest value, the change since the previous analysed day in
/// the stage's colour (green when it moved the right way) and a sparkline of every analysed day.
class MomentumStrip : public QWidget {
    Q_OBJECT

public:
    explicit MomentumStrip(QWidget* parent = nullptr);

    void setMomentum(const QList<outcomes::MomentumSeries>& series, const QString& currency);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    /// The stage a figure belongs to, for its colour.
    [[nodiscard]] static QString stageOf(const QString& figure);
    /// "▼ 1.2": the change since the previous analysed day (the tooltip lists every day).
    [[nodiscard]] QString changeText(const outcomes::MomentumSeries& series) const;

protected:
    void paintEvent(QPaintEvent* event) override;
    bool event(QEvent* event) override;

private:
    [[nodiscard]] QRect cardRect(int index) const;
    [[nodiscard]] QString valueText(const QString& figure, double value) const;
    [[nodiscard]] QString titleText(const QString& figure) const;

    QList<outcomes::MomentumSeries> m_series;
    QString m_currency;
};

} // namespace flywheel
