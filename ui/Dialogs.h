#pragma once

#include <QMessageBox>
#include <QString>
#include <QStringList>

class QWidget;

namespace flywheel {

/// The only way the app shows file dialogs and message boxes, so tests (and headless runs) can
/// answer them without a modal loop: a queued "next" answer is returned instead of showing the
/// dialog. UI thread only.
class Dialogs {
public:
    Dialogs() = delete;

    [[nodiscard]] static QString openFileName(
        QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    /// One or more existing files; empty when the owner cancelled.
    [[nodiscard]] static QStringList openFileNames(
        QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    /// Does not ask about replacing an existing file: callers decide what an existing file means.
    [[nodiscard]] static QString saveFileName(
        QWidget* parent, const QString& caption, const QString& dir, const QString& filter);
    static void critical(QWidget* parent, const QString& title, const QString& text);
    static void information(QWidget* parent, const QString& title, const QString& text);
    [[nodiscard]] static QMessageBox::StandardButton question(QWidget* parent, const QString& title,
        const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

    // ---- seams for tests ----
    /// The next openFileName() returns `fileName` (empty = as if cancelled) without a dialog.
    static void setNextOpenFileName(const QString& fileName);
    /// The next openFileNames() returns `fileNames` (empty = as if cancelled) without a dialog.
    static void setNextOpenFileNames(const QStringList& fileNames);
    static void setNextSaveFileName(const QString& fileName);
    /// The next message box returns `answer` without being shown.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    /// Every message box returns its default answer without being shown (e.g. --screenshot runs);
    /// its text still goes to the log and to lastMessage().
    static void setNonInteractive(bool nonInteractive);
    /// The text of the last message box, shown or answered by a seam.
    [[nodiscard]] static QString lastMessage();
};

} // namespace flywheel
