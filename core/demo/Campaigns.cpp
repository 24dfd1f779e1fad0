#include "demo/Orders.h"

namespace flywheel::demo {

namespace {
/// Friday after the fourth Thursday of November.
int blackFriday(const Calendar& calendar, int year)
{
    const int firstOfNovember = calendar.dayIndex(year, 11, 1);
    const int toThursday = (4 - calendar.dayOfWeek(firstOfNovember) + 7) % 7;
    return firstOfNovember + toThursday + 21 + 1;
}

void add(std::vector<Campaign>& campaigns, const Calendar& calendar, Campaign campaign)
{
    if (campaign.lastDay < 0 || campaign.firstDay >= calendar.days())
        return;
    campaign.firstDay = std::max(campaign.firstDay, 0);
    campaign.lastDay = std::min(campaign.lastDay, calendar.days() - 1);
    campaigns.push_back(std::move(campaign));
}
} // namespace

std::vector<Campaign> buildCampaigns(const Calendar& calendar)
{
    std::vector<Campaign> campaigns;
    // The welcome code is always on; it is index 0 so lookups can skip it.
    campaigns.push_back({"WELCOME10", 10, 0, calendar.days() - 1, 1.0, true});
    const int firstYear = calendar.year(0);
    const int lastYear = calendar.year(calendar.days() - 1);
    for (int year = firstYear; year <= lastYear; ++year) {
        const auto day = [&](int month, int dayOfMonth) { return calendar.dayIndex(year, month, dayOfMonth); };
        add(campaigns, calendar, {"WINTER15", 15, day(1, 2), day(1, 8), 1.3, false});
        add(campaigns, calendar, {"FLASH15", 15, day(3, 20), day(3, 22), 1.6, false});
        add(campaigns, calendar, {"FLASH15", 15, day(5, 15), day(5, 17), 1.6, false});
        add(campaigns, calendar, {"SUMMER20", 20, day(6, 20), day(7, 5), 1.35, false});
        add(campaigns, calendar, {"FLASH15", 15, day(9, 18), day(9, 20), 1.6, false});
        const int friday = blackFriday(calendar, year);
        add(campaigns, calendar, {"BFCM25", 25, friday, friday + 3, 2.4, false});
    }
    return campaigns;
}

std::vector<int> campaignByDay(const std::vector<Campaign>& campaigns, int days)
{
    std::vector<int> byDay(static_cast<size_t>(days), -1);
    for (size_t i = 1; i < campaigns.size(); ++i) {
        if (campaigns[i].personal)
            continue;
        for (int day = campaigns[i].firstDay; day <= campaigns[i].lastDay; ++day)
            byDay[static_cast<size_t>(day)] = static_cast<int>(i);
    }
    return byDay;
}

} // namespace flywheel::demo
