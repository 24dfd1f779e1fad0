#include "Error.h"

namespace flywheel {

namespace {
struct ErrorText {
    Q_DECLARE_TR_FUNCTIONS(Error)
};
} // namespace

QString Error::describe() const
{
    if (file.isEmpty())
        return message;
    if (line > 0 && !column.isEmpty())
        return ErrorText::tr("%1, line %2, column \"%3\": %4").arg(file).arg(line).arg(column, message);
    if (line > 0)
        return ErrorText::tr("%1, line %2: %3").arg(file).arg(line).arg(message);
    return ErrorText::tr("%1: %2").arg(file, message);
}

} // namespace flywheel
