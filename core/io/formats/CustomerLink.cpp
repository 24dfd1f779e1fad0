#include "io/formats/CustomerLink.h"

#include <array>

namespace flywheel::formats {

CustomerLink::CustomerLink(Database& db, std::int64_t batchId)
    : m_customers(db, batchId, "customers", {"customer_key"}, {"platform", "email", "first_name", "last_name"})
{
}

std::string customerKeyForEmail(std::string_view email)
{
    return lowered(values::trim(email));
}

Result<std::optional<std::int64_t>> CustomerLink::link(std::string_view key, std::string_view platform,
                                                       std::string_view email, std::string_view fullName)
{
    if (auto it = m_known.find(key); it != m_known.end())
        return it->second;
    const auto [first, last] = splitFullName(fullName);
    const std::array keys{SqlValue{std::string_view(key)}};
    const std::array vals{SqlValue{platform}, text(email), text(first), text(last)};
    auto written = m_customers.ensure(keys, vals);
    if (!written)
        return std::unexpected(written.error());
    m_known.emplace(std::string(key), written->id);
    return written->id;
}

Result<std::optional<std::int64_t>> CustomerLink::byEmail(std::string_view platform, std::string_view email,
                                                          std::string_view fullName)
{
    email = values::trim(email);
    if (email.empty())
        return std::nullopt;
    m_key.assign(email);
    for (char& c : m_key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c + 32);
    return link(m_key, platform, email, fullName);
}

Result<std::optional<std::int64_t>> CustomerLink::byName(std::string_view platform, std::string_view fullName)
{
    fullName = values::trim(fullName);
    if (fullName.empty())
        return std::nullopt;
    return link(std::string(platform) + "-name:" + lowered(fullName), platform, {}, fullName);
}

} // namespace flywheel::formats
