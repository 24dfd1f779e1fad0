#pragma once

#include <QList>
#include <QStringList>

namespace flywheel::search {

/// Words shoppers use for the same thing in different regions and registers ("jumper" and
/// "sweater"), written for the project from general retail usage. Never applied on their own: the
/// Search stage suggests a group only when a failed search would find the store's products with it.
[[nodiscard]] const QList<QStringList>& lexiconSynonymGroups(const QString& languageCode);

} // namespace flywheel::search
