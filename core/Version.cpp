#include "Version.h"

namespace flywheel {

std::string versionText()
{
    std::string text = kVersion;
    if (*kRevision != '\0')
        text += std::string(" (") + kRevision + ')';
    return text;
}

} // namespace flywheel
