#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace flywheel {

/// What kind of failure an Error is; callers branch on this, never on the message text.
enum class ErrorCode {
    Io,              ///< a file could not be opened, read or written
    Database,        ///< SQLite reported an error
    SchemaTooNew,    ///< the store was written by a newer Flywheel
    Format,          ///< a file's layout is not what its format requires
    UnknownFormat,   ///< no known layout matches the file's header
    InvalidArgument, ///< a caller passed something unusable (bad option, unknown batch, ...)
    Conflict,        ///< the operation would break data that later work depends on
    Cancelled,       ///< the user or caller cancelled
};

/// A typed, translated error: what happened, where, and what the owner can do about it.
/// `message` is already translated; `file`/`line`/`column` are filled when the error is about a file.
struct Error {
    ErrorCode code = ErrorCode::Io;
    QString message;
    QString file;
    qint64 line = 0;   ///< 1-based physical line, 0 when not about a line
    QString column;    ///< header name of the column, empty when not about a column

    /// The message with its location, as shown to the owner.
    [[nodiscard]] QString describe() const;
};

template <typename T>
using Result = std::expected<T, Error>;

/// Shorthand for the error branch: `return fail(ErrorCode::Io, tr("..."));`
[[nodiscard]] inline std::unexpected<Error> fail(ErrorCode code, QString message)
{
    return std::unexpected(Error{code, std::move(message), {}, 0, {}});
}

} // namespace flywheel
