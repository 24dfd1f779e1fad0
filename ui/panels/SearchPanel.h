#pragma once

#include "Error.h"
#include "panels/StagePanel.h"
#include "store/Database.h"

class QLabel;
class QTabWidget;

namespace flywheel {

class LiveSearch;
class SearchTriage;
class SynonymManager;

/// The Search stage's page: the store's search to try as a shopper would (results as the owner
/// types, how the query was read, why each result is there), the reported searches with why each
/// fails and its fix, and the synonym groups the search uses. Selecting a reported search tries
/// it; a changed synonym group is used by the next search.
class SearchPanel : public StagePanel {
    Q_OBJECT

public:
    explicit SearchPanel(QWidget* parent = nullptr);

    [[nodiscard]] QString stageName() const override { return QStringLiteral("search"); }
    void showStore(const QString& storePath) override;

signals:
    /// What the page shows is read and its search is ready (used by tests and screenshots).
    void loaded();
    /// The search uses the store's synonym groups as they are now.
    void synonymsApplied();

private:
    struct Contents;
    [[nodiscard]] static Result<Contents> read(Database& db);
    void showContents(const Contents& contents);
    void showSynonymCount();
    void loadEngine(int generation);
    /// A copy of the engine with the store's current synonym groups: the index is shared, and
    /// searches still running keep the engine they started with.
    void applySynonyms();
    void queueActions(const QList<std::int64_t>& ids);
    void finishLoad(int generation);

    QString m_storePath;
    QString m_currency;
    int m_generation = 0;
    int m_engineGeneration = 0;
    int m_pendingLoads = 0;
    QLabel* m_summary = nullptr;
    LiveSearch* m_live = nullptr;
    QTabWidget* m_tabs = nullptr;
    SearchTriage* m_triage = nullptr;
    SynonymManager* m_synonyms = nullptr;
};

} // namespace flywheel
