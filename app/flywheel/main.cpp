// The desktop app: parses the command line, then hands over to MainWindow.
#include "AppSettings.h"
#include "Dialogs.h"
#include "MainWindow.h"
#include "ProcessSetup.h"
#include "Version.h"
#include "settings/UiLanguage.h"
#include "shell/StoreShell.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QIcon>
#include <QPixmap>
#include <QTimer>

#include <cstdio>
#include <cstring>

namespace {
// Lets layouts and the first paint settle before a screenshot is taken.
constexpr int kScreenshotSettleMs = 300;
// A page other than home reads its part of the store when first shown; small stores take well under this.
constexpr int kPageSettleMs = 1500;
// A screenshot run that never settles (a hung read, a dialog) still ends, with what is on screen.
constexpr int kScreenshotTimeoutMs = 5 * 60 * 1000;

/// The --page names, in the shell's page order.
const QStringList kPageNames { QStringLiteral("home"), QStringLiteral("service"), QStringLiteral("content"),
    QStringLiteral("search"), QStringLiteral("merchandising"), QStringLiteral("inventory"),
    QStringLiteral("promotions"), QStringLiteral("queue"), QStringLiteral("data") };

/// macOS hands a store file opened from the Finder to the running app as an event, not an argument.
class FileOpenFilter : public QObject {
public:
    explicit FileOpenFilter(flywheel::MainWindow& window)
        : m_window(window)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() != QEvent::FileOpen)
            return QObject::eventFilter(watched, event);
        m_window.openStore(static_cast<QFileOpenEvent*>(event)->file());
        return true;
    }

private:
    flywheel::MainWindow& m_window;
};

void takeScreenshotWhenSettled(flywheel::MainWindow& window, const QString& file, bool storeWillOpen, int page)
{
    flywheel::Dialogs::setNonInteractive(true);
    auto capture = [&window, file] {
        if (window.grab().save(file)) {
            QApplication::quit();
        } else {
            qCritical().noquote() << QApplication::translate("main", "Could not save the screenshot to %1.").arg(file);
            QApplication::exit(1);
        }
    };
    if (storeWillOpen) {
        QObject::connect(
            &window, &flywheel::MainWindow::settled, &window,
            [capture, page] {
                QTimer::singleShot(
                    page == flywheel::StoreShell::kHomePage ? kScreenshotSettleMs : kPageSettleMs, capture);
            },
            Qt::SingleShotConnection);
        QTimer::singleShot(kScreenshotTimeoutMs, &window, capture);
    } else {
        QTimer::singleShot(kScreenshotSettleMs, &window, capture);
    }
}
} // namespace

int main(int argc, char* argv[])
{
    flywheel::prepareProcess();
    // Answered before QApplication, which needs a display: `flywheel --version` works over SSH too.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Flywheel %s\n", flywheel::versionText().c_str());
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Flywheel"));
    QApplication::setApplicationName(QString::fromLatin1(flywheel::kApplicationName));
    QApplication::setApplicationVersion(QString::fromStdString(flywheel::versionText()));
    QApplication::setApplicationDisplayName(QStringLiteral("Flywheel"));
    // Wayland compositors find the window's icon and name through the installed desktop entry.
    QGuiApplication::setDesktopFileName(QString::fromLatin1(flywheel::kDesktopId));
    QIcon icon;
    for (int size : { 32, 64, 256 })
        icon.addFile(QStringLiteral(":/icons/flywheel-%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);
    // The owner's choice in Settings, or the computer's language; without translations, English.
    flywheel::UiLanguage::apply(flywheel::AppSettings::get(flywheel::settings::uiLanguage));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Turns your online store's exports into concrete next steps."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        QStringLiteral("store"), QApplication::translate("main", "The store file to open."), QStringLiteral("[STORE]"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the demo store, creating it on first use."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
        QApplication::translate("main", "Once the window has loaded, save a picture of it to FILE and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption pageOption(QStringLiteral("page"),
        QApplication::translate("main", "The page to show once the store is open: %1.")
            .arg(kPageNames.join(QStringLiteral(", "))),
        QStringLiteral("PAGE"), kPageNames.constFirst());
    parser.addOption(demoOption);
    parser.addOption(screenshotOption);
    parser.addOption(pageOption);
    parser.process(app);
    const int page = static_cast<int>(kPageNames.indexOf(parser.value(pageOption).toLower()));
    if (page < 0) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "There is no page \"%1\". The pages are: %2.")
                           .arg(parser.value(pageOption), kPageNames.join(QStringLiteral(", ")))));
        return 2;
    }

    flywheel::MainWindow window;
    window.show();
    FileOpenFilter fileOpenFilter(window);
    app.installEventFilter(&fileOpenFilter);

    const QStringList positional = parser.positionalArguments();
    QString store = positional.value(0);
    if (store.isEmpty() && !parser.isSet(demoOption)) {
        // Only reopen what still exists: a moved or deleted store should not greet with an error.
        const QString last = flywheel::AppSettings::lastStore();
        if (!last.isEmpty() && QFileInfo(last).isFile())
            store = last;
    }
    const bool storeWillOpen = !store.isEmpty() || parser.isSet(demoOption);
    if (page != flywheel::StoreShell::kHomePage) {
        QObject::connect(
            &window, &flywheel::MainWindow::settled, &window, [&window, page] { window.shell()->showPage(page); },
            Qt::SingleShotConnection);
    }
    if (parser.isSet(screenshotOption))
        takeScreenshotWhenSettled(window, parser.value(screenshotOption), storeWillOpen, page);

    if (!store.isEmpty())
        window.openStore(store);
    else if (parser.isSet(demoOption))
        window.openDemoStore();

    return QApplication::exec();
}
