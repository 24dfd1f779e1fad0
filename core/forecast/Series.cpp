#include "forecast/Series.h"

namespace flywheel::forecast {

int seasonalPeriod(Frequency frequency)
{
    switch (frequency) {
    case Frequency::Daily:
        return 7;
    case Frequency::Weekly:
        return 52;
    case Frequency::Monthly:
        return 12;
    case Frequency::Quarterly:
        return 4;
    case Frequency::Yearly:
        return 1;
    }
    return 1;
}

} // namespace flywheel::forecast
