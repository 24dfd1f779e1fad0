#pragma once

#include <QJsonArray>
#include <QString>

namespace flywheel {

/// An action's evidence as a short HTML list the owner can read: which rows of which tables, which
/// upstream signals, and any other facts a stage recorded. The evidence format is described on
/// Recommendation::evidence; unknown keys are shown as "key: value" rather than dropped.
[[nodiscard]] QString evidenceHtml(const QJsonArray& evidence);

} // namespace flywheel
