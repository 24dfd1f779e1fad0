#pragma once

#include "StoreTask.h"

#include <QWidget>

class QLabel;

namespace flywheel {

/// One stage's page in the main window. Subclass, then add one line to ui/panels/Panels.cpp.
class StagePanel : public QWidget {
    Q_OBJECT

public:
    explicit StagePanel(QWidget* parent = nullptr);

    /// Machine name of the stage it shows, e.g. "service" (matches Stage::name()).
    [[nodiscard]] virtual QString stageName() const = 0;
    /// Shows the store at storePath (empty = no store). Called when a store opens and after every import or
    /// pipeline run. Must not block: read on a worker thread with its own connection (QtConcurrent + openStore).
    virtual void showStore(const QString& storePath) = 0;

protected:
    /// A bold title for the page or one of its sections; `scale` times the normal font size.
    [[nodiscard]] static QLabel* heading(const QString& text, qreal scale = 1.05);

    /// Reads what the page shows on a worker with its own connection (`read(Database&)` returns a
    /// Result), then on the UI thread calls `show(contents)`, or `failed(reason)` with the error
    /// described, unless a newer readStore() or forgetReads() came since: a slow read never
    /// overwrites a newer page.
    template <typename Read, typename Show, typename Failed>
    void readStore(const QString& storePath, Read read, Show show, Failed failed)
    {
        const int generation = ++m_readGeneration;
        runOnStore(this, storePath, std::move(read),
            [this, generation, show = std::move(show), failed = std::move(failed)](const auto& contents) {
                if (generation != m_readGeneration)
                    return;
                if (contents)
                    show(*contents);
                else
                    failed(contents.error().describe());
            });
    }
    /// Drops the answers of the reads still running (the store was closed).
    void forgetReads() { ++m_readGeneration; }

private:
    int m_readGeneration = 0;

signals:
    /// The panel changed the action queue (e.g. "queue this fix"); the window refreshes counts and the queue page.
    void actionsChanged();
};

} // namespace flywheel
