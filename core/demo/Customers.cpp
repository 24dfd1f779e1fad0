#include "demo/Customers.h"

#include "demo/Format.h"
#include "demo/WordLists.h"

namespace flywheel::demo {

namespace {
constexpr double kMeanLifetimeDays = 500.0;

std::string emailPart(std::string_view name)
{
    std::string out;
    for (char c : fmt::lower(name)) {
        if (c >= 'a' && c <= 'z')
            out += c;
    }
    return out;
}
} // namespace

double drawPropensity(Random& random)
{
    // Pareto with alpha 1.4, capped so one customer cannot swallow the store.
    const double value = detmath::pow(1.0 - random.uniform(), -1.0 / 1.4);
    return value > 60.0 ? 60.0 : value;
}

CustomerMaker::CustomerMaker(Random& random) : m_random(&random)
{
    for (const City& city : words::cities())
        m_cityWeights.push_back(city.weight);
}

std::string CustomerMaker::uniqueEmail(std::string_view first, std::string_view last)
{
    const std::string f = emailPart(first);
    const std::string l = emailPart(last);
    std::string local;
    switch (m_random->belowInt(5)) {
    case 0:
        local = f + "." + l;
        break;
    case 1:
        local = f + l + fmt::integer(m_random->range(1, 99));
        break;
    case 2:
        local = f.substr(0, 1) + l;
        break;
    case 3:
        local = f + "_" + l;
        break;
    default:
        local = f + fmt::integer(m_random->range(70, 2005));
        break;
    }
    const std::string domain(m_random->pick(words::emailDomains()));
    std::string email = local + "@" + domain;
    for (int n = 2; m_emails.contains(email); ++n)
        email = local + fmt::integer(n) + "@" + domain;
    m_emails.insert(email);
    return email;
}

std::string CustomerMaker::phone(const City& city)
{
    // 555-01xx numbers are reserved for fiction, so no real person is ever dialled.
    std::string number = "+1";
    number += city.areaCode;
    number += "55501";
    fmt::appendPadded(number, m_random->range(0, 99), 2);
    return number;
}

void CustomerMaker::fillPerson(Customer& customer, int day)
{
    customer.id = 7210448300000 + m_made * 97 + m_random->range(0, 90);
    ++m_made;
    customer.firstName = std::string(m_random->pick(words::firstNames()));
    customer.lastName = std::string(m_random->pick(words::lastNames()));
    customer.city = static_cast<int>(m_random->weighted(m_cityWeights));
    const City& city = words::cities()[static_cast<size_t>(customer.city)];
    // One draw per statement: the operands of + may be evaluated in any order, and the files
    // must come out the same with every compiler.
    customer.address1 = fmt::integer(m_random->range(1, 2400));
    customer.address1.append(" ").append(m_random->pick(words::streets()));
    customer.address1.append(" ").append(m_random->pick(words::streetSuffixes()));
    if (m_random->chance(0.3)) {
        customer.address2 = "Apt " + fmt::integer(m_random->range(1, 24));
        customer.address2 += static_cast<char>('A' + m_random->below(6));
    }
    customer.zip = city.zip;
    customer.zip.back() = static_cast<char>('0' + (customer.zip.back() - '0' + m_random->belowInt(4)) % 10);
    if (m_random->chance(0.03))
        customer.company = std::string(m_random->pick(words::companies()));
    customer.joinDay = day;
    customer.churnDay = day + static_cast<int>(-kMeanLifetimeDays * detmath::log(1.0 - m_random->uniform()));
    customer.propensity = drawPropensity(*m_random);
    // New York City and its near suburbs (zips 100xx-119xx) are close enough to visit the store.
    const std::string_view zip = city.zip;
    const bool nearStore = std::string_view(city.provinceCode) == "NY" && zip[0] == '1' && (zip[1] == '0' || zip[1] == '1');
    customer.storeShopper = nearStore && m_random->chance(0.35);
}

Customer CustomerMaker::make(int day, bool dealSeeker)
{
    Customer customer;
    fillPerson(customer, day);
    customer.email = uniqueEmail(customer.firstName, customer.lastName);
    const City& city = words::cities()[static_cast<size_t>(customer.city)];
    if (m_random->chance(0.45)) {
        customer.phone = phone(city);
        customer.acceptsSms = m_random->chance(0.3);
    }
    customer.dealSeeker = dealSeeker;
    customer.acceptsEmail = m_random->chance(dealSeeker ? 0.85 : 0.5);
    return customer;
}

void CustomerMaker::continueAfter(const std::vector<Customer>& existing, qint64 made)
{
    for (const Customer& customer : existing) {
        if (!customer.email.empty())
            m_emails.insert(customer.email);
    }
    m_made = made;
}

Customer CustomerMaker::makePhoneOnly(int day)
{
    Customer customer;
    fillPerson(customer, day);
    // Signed up at the Brooklyn till with a phone number only: no address was asked for.
    customer.city = words::brooklyn();
    customer.address1.clear();
    customer.address2.clear();
    customer.zip.clear();
    customer.company.clear();
    customer.phone = phone(words::cities()[static_cast<size_t>(customer.city)]);
    customer.acceptsSms = true;
    return customer;
}

void drawStableTraits(Customer& customer, quint64 seed)
{
    // FNV-1a: the same on every platform, unlike std::hash.
    quint64 hash = 0xCBF29CE484222325ULL;
    for (const char c : customer.email) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001B3ULL;
    }
    Random random(seed ^ hash, kStableTraitsStream);
    customer.address1 = fmt::integer(random.range(1, 2400));
    customer.address1.append(" ").append(random.pick(words::streets()));
    customer.address1.append(" ").append(random.pick(words::streetSuffixes()));
    customer.address2.clear();
    if (random.chance(0.3)) {
        customer.address2 = "Apt " + fmt::integer(random.range(1, 24));
        customer.address2 += static_cast<char>('A' + random.below(6));
    }
    customer.churnDay = customer.joinDay + static_cast<int>(-kMeanLifetimeDays * detmath::log(1.0 - random.uniform()));
    customer.propensity = drawPropensity(random);
    customer.dealSeeker = random.chance(0.1);
}

} // namespace flywheel::demo
