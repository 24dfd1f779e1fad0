#pragma once

#include <QDialog>

class QPlainTextEdit;
class QPushButton;

namespace flywheel {

/// Help ▸ About Flywheel: the version and commit, the promise that nothing leaves the computer,
/// where the owner's files live and how to back them up, and the licence with its full text.
class AboutDialog : public QDialog {
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);

    /// "Version 0.1.0 (3f2a9c1e7b)" as the dialog shows it.
    [[nodiscard]] static QString versionLine();
    /// Where stores, the demo store and the settings are kept on this computer, and how to back them up.
    [[nodiscard]] static QString whereFilesLive();

private:
    void toggleLicence();

    QPushButton* m_licenceButton = nullptr;
    QPlainTextEdit* m_licenceText = nullptr;
};

} // namespace flywheel
