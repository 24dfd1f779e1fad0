#pragma once

#include "Error.h"
#include "Progress.h"
#include "flywheel/Recommendation.h"

#include <QStringList>

#include <any>
#include <functional>
#include <memory>
#include <optional>
#include <typeindex>
#include <unordered_map>
#include <vector>

namespace flywheel {

/// What a stage's reader read (see Stage::readAhead()): a value of a type only that stage knows, or
/// nothing. A class of its own rather than a bare std::any, whose constructor from anything would
/// also take the Result it travels in.
class ReadAheadValue {
public:
    ReadAheadValue() = default;
    template <typename T> [[nodiscard]] static ReadAheadValue of(T value)
    {
        ReadAheadValue read;
        read.m_value = std::move(value);
        return read;
    }
    /// The value when it is a T; null when it is not, or when nothing was read.
    template <typename T> [[nodiscard]] T* as() { return std::any_cast<T>(&m_value); }
    [[nodiscard]] bool empty() const { return !m_value.has_value(); }

private:
    std::any m_value;
};

/// What a stage built during a run that later stages of the same run use rather than build again: the
/// catalog's search engine, which Search builds and Merchandising asks what a trending query finds.
/// One value per type. Only what no stage in between changes belongs here.
class RunShared {
public:
    template <typename T> void put(std::shared_ptr<T> value) { m_values[std::type_index(typeid(T))] = std::move(value); }
    /// The value a stage of this run put, or null.
    template <typename T> [[nodiscard]] std::shared_ptr<T> get() const
    {
        const auto found = m_values.find(std::type_index(typeid(T)));
        return found == m_values.end() ? nullptr : std::static_pointer_cast<T>(found->second);
    }

private:
    std::unordered_map<std::type_index, std::shared_ptr<void>> m_values;
};

/// What a stage gets to work with. `db` is the running thread's own connection.
struct StageContext {
    Database& db;
    RecommendationQueue& queue;
    Progress* progress = nullptr;
    std::int64_t runId = 0;
    quint64 seed = 0; ///< for anything random, so a run is repeatable
    /// What the stage's reader read before the run (see Stage::readAhead()); empty when nothing was.
    ReadAheadValue readAhead;
    /// Null when the stage runs outside a pipeline.
    RunShared* shared = nullptr;
};

struct StageSummary {
    int recommendations = 0; ///< actions proposed or refreshed this run
    QString headline;        ///< one line for the owner, e.g. "412 tickets, 18% negative"
    /// The stage's headline figure on the wheel (e.g. share of negative tickets); runs compare it
    /// with the previous run to show the trend.
    std::optional<double> figure;
    QString figureLabel; ///< what the figure measures, e.g. "negative tickets (%)"
    QString handoff;     ///< what this run passed to the next stage, e.g. "23 content gaps"
};

/// One stage of the wheel: reads the store and the signals of the stages before it, writes its own
/// signal tables and proposes recommendations. Deterministic for the same store and seed; checks
/// `progress->cancelled()` between units of work.
class Stage {
public:
    virtual ~Stage() = default;
    /// Machine name, e.g. "service"; also the `stage` column of its recommendations.
    [[nodiscard]] virtual QString name() const = 0;
    [[nodiscard]] virtual QString title() const = 0;
    /// Stages whose signals this one reads; the pipeline runs those first.
    [[nodiscard]] virtual QStringList dependsOn() const { return {}; }
    /// The imported tables the stage reads. A run finds a stage up to date, and skips it, when no
    /// import has touched these since its last run and nothing else it reads has changed (settings,
    /// the owner's decisions, its upstream stages' runs). Every imported table unless narrowed.
    [[nodiscard]] virtual QStringList reads() const;
    [[nodiscard]] virtual Result<StageSummary> run(StageContext& context) = 0;

    /// Reads on `db` what run() will need, reporting nothing but stopping when `progress` is cancelled.
    using Reader = std::function<Result<ReadAheadValue>(Database& db, const Progress* progress)>;
    /// The stage's reading of the imported tables alone, never of another stage's signals, which can
    /// therefore start before the stages it depends on have run. The pipeline runs it on a thread
    /// and a read-only connection of its own while the stages before this one work (see
    /// ReadAheads), and hands what it read to run() in StageContext::readAhead. Empty for a stage
    /// that reads as it runs.
    [[nodiscard]] virtual Reader readAhead() const { return {}; }
};

/// A Stage::Reader from `read(db, progress)`, which returns a Result of what it read.
template <typename Read> [[nodiscard]] Stage::Reader readerOf(Read read)
{
    return [read = std::move(read)](Database& db, const Progress* progress) -> Result<ReadAheadValue> {
        auto value = read(db, progress);
        if (!value)
            return std::unexpected(value.error());
        return ReadAheadValue::of(std::move(*value));
    };
}

/// What the stage's reader left in `context` (see Stage::readAhead()), or else what `read()` reads.
template <typename T, typename Read> [[nodiscard]] Result<T> readAheadOr(StageContext& context, Read&& read)
{
    if (T* value = context.readAhead.as<T>())
        return std::move(*value);
    return read();
}

/// Between units of work: fails with Cancelled, saying that `stage`'s previous results are kept,
/// when the owner has cancelled the run.
[[nodiscard]] Result<void> checkCancelled(const Stage& stage, const Progress* progress);

/// Every table an import writes.
[[nodiscard]] QStringList importedTables();

/// The stages the product has, in no particular order; the pipeline orders them by dependency.
[[nodiscard]] std::vector<std::unique_ptr<Stage>> createStages();

} // namespace flywheel
