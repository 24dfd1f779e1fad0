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

    /// Draws from `random` from now on (each advanced week of the demo store has its own stream).
    void useRandom(Random& random) { m_random = &random; }
    /// Goes on after `made` customers made before, among them `existing`: e-mails stay unique and
    /// ids are not given twice.
    void continueAfter(const std::vector<Customer>& existing, qint64 made);

private:
    [[nodiscard]] std::string uniqueEmail(std::string_view first, std::string_view last);
    [[nodiscard]] std::string phone(const City& city);
    void fillPerson(Customer& customer, int day);

    Random* m_random;
    std::vector<double> m_cityWeights;
    std::unordered_set<std::string> m_emails;
    qint64 m_made = 0;
};

/// Lifetime value spread: most customers buy once, a few buy again and again.
[[nodiscard]] double drawPropensity(Random& random);

/// Street address, lifetime, propensity and deal seeking of a customer the generated history does
/// not hold (one who joined in an advanced period), drawn from their e-mail and the store's seed: the
/// store keeps no street and no hidden traits, so every later period finds the same ones again.
/// Needs the customer's email and joinDay.
void drawStableTraits(Customer& customer, quint64 seed);

/// The random stream drawStableTraits uses, apart from every stream of the generator.
inline constexpr quint64 kStableTraitsStream = 0x5EED0001;

} // namespace flywheel::demo
