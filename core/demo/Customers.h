#pragma once

#include "demo/Random.h"
#include "demo/World.h"

#include <unordered_set>

namespace flywheel::demo {

/// Makes believable, unique customers: a name, an e-mail on a reserved example domain, a US
/// address weighted towards the store's New York home, and how likely they are to come back.
class CustomerMaker {
public:
    explicit CustomerMaker(Random& random);

    /// A new customer who first shows up on `day`. Every customer made here has an e-mail.
    [[nodiscard]] Customer make(int day, bool dealSeeker);
    /// A customer known only by phone (an SMS sign-up at the store till).
    [[nodiscard]] Customer makePhoneOnly(int day);

private:
    [[nodiscard]] std::string uniqueEmail(std::string_view first, std::string_view last);
    [[nodiscard]] std::string phone(const City& city);
    void fillPerson(Customer& customer, int day);

    Random& m_random;
    std::vector<double> m_cityWeights;
    std::unordered_set<std::string> m_emails;
    qint64 m_made = 0;
};

/// Lifetime value spread: most customers buy once, a few buy again and again.
[[nodiscard]] double drawPropensity(Random& random);

} // namespace flywheel::demo
