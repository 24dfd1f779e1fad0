#pragma once

#include "store/Database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace flywheel::content {

/// How complete the pages of a product type or a collection are.
struct CompletenessGroup {
    QString name; ///< the product type or collection title; empty = products without a type
    int products = 0;
    double averageScore = 0; ///< 0..1
    int incomplete = 0; ///< pages missing something
    QStringList commonestMissing; ///< attribute titles, most often missing first
};

/// A Content action with its edit, as the panel and the CLI show it.
struct SuggestionReading {
    std::int64_t actionId = 0;
    QString kind; ///< add-answer, add-attribute, add-tag
    QString status;
    QString title;
    QString detail;
    std::optional<double> confidence;
    QJsonArray evidence;
    QString attribute;
    QString field; ///< "description" or "tags"
    QString suggestedText;
    QString editedText; ///< the owner's wording, empty when unchanged
    QString valueSource; ///< "catalog", "reviews" or empty
    std::optional<std::int64_t> revenueAtRiskMinor; ///< answers to content gaps only
    QStringList products; ///< titles

    /// What goes into the product file: the owner's wording when there is one.
    [[nodiscard]] QString text() const { return editedText.isEmpty() ? suggestedText : editedText; }
};

/// Completeness per product type / per collection, those with the most pages missing something first.
[[nodiscard]] Result<QList<CompletenessGroup>> readCompletenessByType(Database& db);
[[nodiscard]] Result<QList<CompletenessGroup>> readCompletenessByCollection(Database& db);

/// Every Content action that has an edit: answers to content gaps by revenue at risk first, then the
/// rest by how much they matter.
[[nodiscard]] Result<QList<SuggestionReading>> readSuggestions(Database& db);

/// Keeps the owner's wording of an action's edit (an empty text or the suggestion itself goes back to
/// the suggestion).
[[nodiscard]] Result<void> saveSuggestionText(Database& db, std::int64_t actionId, const QString& text);

/// Saves the wording and accepts the action. Refused (ErrorCode::InvalidArgument, nothing changed)
/// while the text still holds a part to fill in.
[[nodiscard]] Result<void> acceptSuggestion(Database& db, std::int64_t actionId, const QString& text);

} // namespace flywheel::content
