#include "SettingsDialog.h"

#include "AppSettings.h"
#include "SettingEditor.h"
#include "WorkerPool.h"
#include "store/Schema.h"
#include "store/StoreSettings.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

#include <array>

namespace flywheel {

namespace {
constexpr int kDialogWidth = 620;

QString keyOf(const settings::SettingInfo& info)
{
    return QString::fromLatin1(info.key.data(), qsizetype(info.key.size()));
}

constexpr std::array kGroups
    = { settings::Group::Store, settings::Group::Analysis, settings::Group::Inventory, settings::Group::Promotions,
          settings::Group::App };
} // namespace

SettingsDialog::SettingsDialog(const QString& storePath, QWidget* parent)
    : QDialog(parent)
    , m_storePath(storePath)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("settingsTabs"));
    m_tabs->setDocumentMode(false);
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    // An icon beside the message, so a refused value is noticed in any palette.
    m_errorRow = new QWidget;
    auto* errorIcon = new QLabel;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    errorIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(iconSize, iconSize));
    auto* errorLayout = new QHBoxLayout(m_errorRow);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_error, 1);
    // Room for a two-line message is kept from the start, so the pages do not squeeze when one shows.
    m_error->setMinimumHeight(2 * m_error->fontMetrics().lineSpacing());
    QSizePolicy keepRoom = m_errorRow->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true);
    m_errorRow->setSizePolicy(keepRoom);
    m_errorRow->hide();
    m_buttons
        = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    m_buttons->button(QDialogButtonBox::RestoreDefaults)
        ->setToolTip(tr("Set the settings on this page back to "
                        "Flywheel's defaults"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errorRow);
    layout->addWidget(m_buttons);

    buildPages();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (SettingEditor* editor : m_editors)
            if (m_tabs->currentWidget()->isAncestorOf(editor))
                editor->setValue(editor->info().defaultValue());
    });
    connect(&m_loading, &QFutureWatcher<Loaded>::finished, this, &SettingsDialog::onLoaded);
    connect(&m_saving, &QFutureWatcher<std::optional<Error>>::finished, this, &SettingsDialog::onSaved);

    resize(kDialogWidth, sizeHint().height());
    startLoading();
}

void SettingsDialog::buildPages()
{
    for (settings::Group group : kGroups) {
        auto* page = new QWidget;
        auto* form = new QFormLayout(page);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        for (const settings::SettingInfo* info : settings::all()) {
            if (info->group != group || (info->scope == settings::Scope::Store && m_storePath.isEmpty()))
                continue;
            auto* editor = new SettingEditor(*info);
            if (info == &settings::storeName.info)
                editor->setPlaceholder(QFileInfo(m_storePath).completeBaseName());
            if (info->scope == settings::Scope::App)
                editor->setValue(AppSettings::value(*info));
            m_editors.push_back(editor);

            // The help sits under its control, where the eye goes next.
            auto* field = new QWidget;
            auto* fieldLayout = new QVBoxLayout(field);
            fieldLayout->setContentsMargins(0, 0, 0, 0);
            fieldLayout->setSpacing(2);
            fieldLayout->addWidget(editor);
            auto* help = new QLabel(info->helpText());
            help->setWordWrap(true);
            help->setForegroundRole(QPalette::PlaceholderText);
            fieldLayout->addWidget(help);
            auto* label = new QLabel(tr("%1:").arg(info->title()));
            label->setBuddy(editor->control());
            form->addRow(label, field);
        }
        if (form->rowCount() > 0)
            m_tabs->addTab(page, settings::groupTitle(group));
        else
            delete page;
    }
    if (m_storePath.isEmpty()) {
        auto* note = new QLabel(tr("Open a store to change its settings."));
        note->setObjectName(QStringLiteral("settingsNoStoreNote"));
        static_cast<QVBoxLayout*>(layout())->insertWidget(0, note);
    }
}

SettingEditor* SettingsDialog::editor(const settings::SettingInfo& info) const
{
    for (SettingEditor* editor : m_editors)
        if (&editor->info() == &info)
            return editor;
    return nullptr;
}

QString SettingsDialog::errorText() const
{
    return m_errorRow->isVisibleTo(this) ? m_error->text() : QString();
}

void SettingsDialog::setBusy(bool busy)
{
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (SettingEditor* editor : m_editors)
        if (editor->info().scope == settings::Scope::Store)
            editor->setEnabled(!busy);
}

void SettingsDialog::startLoading()
{
    if (m_storePath.isEmpty()) {
        m_loaded = true;
        return;
    }
    setBusy(true);
    m_loading.setFuture(QtConcurrent::run(storeWorkers(), [path = m_storePath] {
        Loaded loaded;
        auto db = openStore(path);
        if (!db) {
            loaded.error = db.error();
            return loaded;
        }
        for (const settings::SettingInfo* info : settings::all()) {
            if (info->scope != settings::Scope::Store)
                continue;
            auto value = StoreSettings::get(*db, *info);
            if (!value) {
                loaded.error = value.error();
                return loaded;
            }
            loaded.values.insert(keyOf(*info), *value);
        }
        return loaded;
    }));
}

void SettingsDialog::onLoaded()
{
    const Loaded loaded = m_loading.result();
    if (loaded.error) {
        // The App page still works; the store's pages stay disabled.
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
        showError(tr("Could not read the store's settings: %1").arg(loaded.error->describe()), nullptr);
        return;
    }
    m_storeValues = loaded.values;
    for (SettingEditor* editor : m_editors)
        if (editor->info().scope == settings::Scope::Store)
            editor->setValue(m_storeValues.value(keyOf(editor->info())));
    m_loaded = true;
    setBusy(false);
}

void SettingsDialog::showError(const QString& message, SettingEditor* editor)
{
    m_error->setText(message);
    m_errorRow->show();
    if (!editor)
        return;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        if (m_tabs->widget(tab)->isAncestorOf(editor))
            m_tabs->setCurrentIndex(tab);
    editor->setFocus();
}

void SettingsDialog::accept()
{
    if (m_saving.isRunning())
        return;
    // Everything is checked before anything is written.
    QList<std::pair<const settings::SettingInfo*, QVariant>> storeChanges;
    for (SettingEditor* editor : m_editors) {
        const settings::SettingInfo& info = editor->info();
        auto checked = info.check(editor->value());
        if (!checked) {
            showError(checked.error().message, editor);
            return;
        }
        if (info.scope == settings::Scope::Store && m_loaded && *checked != m_storeValues.value(keyOf(info)))
            storeChanges.append({ &info, *checked });
    }
    m_errorRow->hide();
    if (storeChanges.isEmpty()) {
        if (saveAppSettings())
            QDialog::accept();
        return;
    }
    setBusy(true);
    m_saving.setFuture(QtConcurrent::run(storeWorkers(), [path = m_storePath, storeChanges]() -> std::optional<Error> {
        auto db = openStore(path);
        if (!db)
            return db.error();
        auto transaction = Transaction::begin(*db);
        if (!transaction)
            return transaction.error();
        for (const auto& [info, value] : storeChanges)
            if (auto ok = StoreSettings::set(*db, *info, value); !ok)
                return ok.error();
        if (auto ok = transaction->commit(); !ok)
            return ok.error();
        return std::nullopt;
    }));
}

void SettingsDialog::onSaved()
{
    setBusy(false);
    if (const std::optional<Error> error = m_saving.result()) {
        showError(tr("The settings were not saved: %1").arg(error->describe()), nullptr);
        return;
    }
    emit storeSettingsChanged();
    if (saveAppSettings())
        QDialog::accept();
}

bool SettingsDialog::saveAppSettings()
{
    QString newLanguage;
    bool languageChanged = false;
    for (SettingEditor* editor : m_editors) {
        const settings::SettingInfo& info = editor->info();
        if (info.scope != settings::Scope::App)
            continue;
        const QVariant before = AppSettings::value(info);
        auto checked = info.check(editor->value());
        if (!checked || *checked == before)
            continue;
        if (auto ok = AppSettings::setValue(info, *checked); !ok) {
            showError(ok.error().describe(), editor);
            return false;
        }
        if (&info == &settings::uiLanguage.info) {
            languageChanged = true;
            newLanguage = checked->toString();
        }
    }
    if (languageChanged)
        emit uiLanguageChanged(newLanguage);
    return true;
}

} // namespace flywheel
