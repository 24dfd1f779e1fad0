#pragma once

#include "store/Database.h"

#include <QByteArray>
#include <QString>

namespace flywheel::privacy {

/// What went into an anonymised copy.
struct AnonymisedCopy {
    QString path;
    qint64 customers = 0; ///< customers given stand-ins
    qint64 messages = 0;  ///< tickets and reviews whose text was cleaned
};

/// Writes a copy of the open store to `path` that the owner can share (with an analyst, a
/// consultant, a bug report): every customer's email, name and company becomes a stand-in (see
/// Pseudonyms), phone numbers, cities and postcodes are dropped, text customers wrote loses the
/// emails, long numbers and known names in it, and the undo history (which holds old copies of
/// rows) is left out. Products, orders, amounts and dates stay, so the copy opens in Flywheel and
/// the wheel runs on it as on the original. Nothing of the originals is left in the file's free
/// space. Refuses (ErrorCode::Conflict) when `path` exists. `key` decides the stand-ins, for
/// tests; empty draws a random one.
[[nodiscard]] Result<AnonymisedCopy> writeAnonymisedCopy(Database& store, const QString& path, const QByteArray& key = {});

} // namespace flywheel::privacy
