#include "UiLanguage.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace flywheel {

namespace {
struct Installed {
    QString code;
    QPointer<QTranslator> own;
    QPointer<QTranslator> qt;
};

Installed& installed()
{
    static Installed state;
    return state;
}

QLocale localeFor(const QString& code)
{
    return code.isEmpty() ? QLocale::system() : QLocale(code);
}

/// Loads `name`_<language>.qm from `folder` into a new translator owned by the application, or
/// returns null when there is none (a language not translated yet).
QTranslator* load(const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(locale, name, QStringLiteral("_"), folder))
        return translator;
    delete translator;
    return nullptr;
}
} // namespace

QString UiLanguage::current()
{
    return installed().code;
}

void UiLanguage::apply(const QString& code)
{
    Installed& state = installed();
    for (QTranslator* old : { state.own.data(), state.qt.data() }) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            old->deleteLater();
        }
    }
    const QLocale locale = localeFor(code);
    // Set before the translators go in, so widgets that retranslate on the change format with it.
    QLocale::setDefault(locale);
    state.code = code;
    state.own = load(locale, QStringLiteral("flywheel"), QStringLiteral(":/i18n"));
    // English shows the source text, but its plural forms ("1 content gap") come from a file too.
    if (!state.own)
        state.own = load(QLocale(QLocale::English), QStringLiteral("flywheel"), QStringLiteral(":/i18n"));
    state.qt = load(locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    bool announced = false; // Qt tells the widgets only when a translator with texts goes in
    for (QTranslator* translator : { state.own.data(), state.qt.data() })
        if (translator)
            announced = QCoreApplication::installTranslator(translator) || announced;
    // A language without translated texts installs nothing that Qt announces, yet number and date
    // formats changed: tell the widgets all the same.
    if (!announced) {
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
}

} // namespace flywheel
