#include "Dialogs.h"

#include <QDebug>
#include <QFileDialog>

#include <optional>
#include <utility>

namespace flywheel {

namespace {
struct Seams {
    std::optional<QString> nextOpenFileName;
    std::optional<QStringList> nextOpenFileNames;
    std::optional<QString> nextSaveFileName;
    std::optional<QMessageBox::StandardButton> nextAnswer;
    bool nonInteractive = false;
    QString lastMessage;
};

Seams& seams()
{
    static Seams instance;
    return instance;
}

QMessageBox::StandardButton showMessage(QMessageBox::Icon icon, QWidget* parent, const QString& title,
    const QString& text, QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    Seams& state = seams();
    state.lastMessage = text;
    if (state.nextAnswer) {
        const QMessageBox::StandardButton answer = *state.nextAnswer;
        state.nextAnswer.reset();
        return answer;
    }
    if (state.nonInteractive) {
        qWarning().noquote().nospace() << title << ": " << text;
        return defaultButton;
    }
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}
} // namespace

QString Dialogs::openFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto next = std::exchange(seams().nextOpenFileName, std::nullopt))
        return *next;
    return QFileDialog::getOpenFileName(parent, caption, dir, filter);
}

QStringList Dialogs::openFileNames(
    QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto next = std::exchange(seams().nextOpenFileNames, std::nullopt))
        return *next;
    return QFileDialog::getOpenFileNames(parent, caption, dir, filter);
}

QString Dialogs::saveFileName(QWidget* parent, const QString& caption, const QString& dir, const QString& filter)
{
    if (auto next = std::exchange(seams().nextSaveFileName, std::nullopt))
        return *next;
    return QFileDialog::getSaveFileName(parent, caption, dir, filter, nullptr, QFileDialog::DontConfirmOverwrite);
}

void Dialogs::critical(QWidget* parent, const QString& title, const QString& text)
{
    showMessage(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void Dialogs::information(QWidget* parent, const QString& title, const QString& text)
{
    showMessage(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

QMessageBox::StandardButton Dialogs::question(QWidget* parent, const QString& title, const QString& text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    return showMessage(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void Dialogs::setNextOpenFileName(const QString& fileName)
{
    seams().nextOpenFileName = fileName;
}

void Dialogs::setNextOpenFileNames(const QStringList& fileNames)
{
    seams().nextOpenFileNames = fileNames;
}

void Dialogs::setNextSaveFileName(const QString& fileName)
{
    seams().nextSaveFileName = fileName;
}

void Dialogs::setNextAnswer(QMessageBox::StandardButton answer)
{
    seams().nextAnswer = answer;
}

void Dialogs::setNonInteractive(bool nonInteractive)
{
    seams().nonInteractive = nonInteractive;
}

QString Dialogs::lastMessage()
{
    return seams().lastMessage;
}

} // namespace flywheel
