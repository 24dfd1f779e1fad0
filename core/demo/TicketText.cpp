#include "demo/TicketText.h"

#include "demo/Format.h"

#include <array>
#include <span>

namespace flywheel::demo {

namespace {
using namespace std::string_view_literals;
using Texts = std::span<const std::string_view>;

struct Templates {
    Texts subjects;
    Texts bodies;
};

constexpr std::array kStatusSubjects = {"Where is my order {order}?"sv, "Order {order}"sv,
                                        "Shipping status for {order}"sv, "Any update on my order?"sv};
constexpr std::array kStatusBodies = {
    "I ordered the {product} and still haven't received a shipping confirmation. Can you tell me when it will ship?"sv,
    "My tracking for order {order} hasn't updated in {days} days. Is the package lost?"sv,
    "Just checking on order {order}. I need the {product} for a trip this weekend, will it arrive by Friday?"sv,
    "Order {order} says delivered but there's nothing at my door. Can you help?"sv,
    "it's been {days} days since I ordered and nothing. order number {order}. please advise"sv};

constexpr std::array kReturnSubjects = {"Return request for {order}"sv, "Returns"sv, "Question about a return"sv,
                                        "Exchange or return"sv};
constexpr std::array kReturnBodies = {
    "I'd like to return the {product} from order {order}. It's too {fit}. Can I exchange it for a {other}?"sv,
    "The {product} doesn't fit the way I hoped. How do I start a return? Order {order}."sv,
    "Can you send me a return label for the {product}? It's unworn with the tags still on."sv,
    "I want to exchange the {product} in {color} for another colour. Is that possible?"sv,
    "I sent the {product} back two weeks ago and haven't seen my refund yet. Order {order}."sv};

constexpr std::array kSizingSubjects = {"Sizing question"sv, "What size should I get?"sv, "Size advice for {product}"sv,
                                        "Fit question"sv};
constexpr std::array kSizingBodies = {
    "I'm usually a {size} in most brands. What size would you recommend in the {product}?"sv,
    "I'm 5'10\" and about 170 lbs. Would a {size} or a {other} work better in the {product}?"sv,
    "Do you have a size chart for the {product}? I'm between a {size} and a {other}."sv};

constexpr std::array kWaterproofSubjects = {"Is the {product} waterproof?"sv, "Question about the {product}"sv,
                                            "Waterproof or water resistant?"sv};
constexpr std::array kWaterproofBodies = {
    "Is the {product} waterproof or just water resistant? I commute by bike and it rains a lot here."sv,
    "Looking at the {product} but the page doesn't say if it's waterproof. Will it keep me dry in heavy rain?"sv,
    "Quick question before I order: is the {product} fully waterproof? Planning a hiking trip in Scotland."sv,
    "Can I wear the {product} in a downpour? I need something properly waterproof."sv};

constexpr std::array kWashSubjects = {"Washing instructions for {product}"sv,
                                      "Can the {product} go in the washing machine?"sv, "Care question"sv};
constexpr std::array kWashBodies = {
    "Can the {product} go in the washing machine or is it dry clean only?"sv,
    "Is the {product} machine washable? I really don't want it to shrink."sv,
    "How do I wash the {product}? The product page doesn't mention care at all. Is it machine washable?"sv,
    "Bought the {product} as a gift. Can it be machine washed?"sv};

constexpr std::array kFitSubjects = {"Does the {product} run true to size?"sv, "Sizing on the {product}"sv,
                                     "{product} fit question"sv};
constexpr std::array kFitBodies = {
    "Does the {product} fit true to size? I'm normally a {size}."sv,
    "Is the {product} true to size or should I size up?"sv,
    "I'm between sizes. Does the {product} run small or large, or is it true to size?"sv,
    "The page doesn't say anything about fit for the {product}. Is it true to size? I'm a {size} usually."sv};

constexpr std::array kQuestionSubjects = {"Question about the {product}"sv, "Product question"sv,
                                          "Quick question"sv};
constexpr std::array kQuestionBodies = {
    "Will the {product} be back in stock in {size}? It's been sold out for weeks."sv,
    "Is the {product} available in {color}? I only see a few colours online."sv,
    "Does the {product} come with a warranty?"sv,
    "Is the {product} made from recycled materials?"sv,
    "Do you carry the {product} in the Brooklyn store or is it online only?"sv};

constexpr std::array kDamagedSubjects = {"Item arrived damaged"sv, "Problem with my {product}"sv,
                                         "Defective {product}"sv, "Damaged item"sv};
constexpr std::array kDamagedBodies = {
    "My {product} arrived with a broken zipper. Order {order}. Can you send a replacement?"sv,
    "The seam on the {product} came apart after one wear. Really disappointed."sv,
    "The box was crushed and the {product} inside is scuffed. What can you do? Order {order}."sv,
    "There's a hole in the {product} I received. Can I get a replacement in {size}?"sv};

constexpr std::array kDiscountSubjects = {"Discount code"sv, "{code} code"sv, "Promo code problem"sv,
                                          "Question about a discount"sv};
constexpr std::array kDiscountBodies = {
    "I tried to use {code} at checkout but it says the code is invalid."sv,
    "The {code} code won't apply to my cart. Is it expired already?"sv,
    "I forgot to enter {code} on order {order}. Can you refund the difference?"sv};

constexpr std::array kPraiseSubjects = {"Love my {product}!"sv, "Thank you!"sv, "Great service"sv,
                                        "Just wanted to say thanks"sv};
constexpr std::array kPraiseBodies = {
    "Just wanted to say I love my {product}. I've worn it every day since it arrived!"sv,
    "The {product} is even better in person. Thanks for the quick shipping!"sv,
    "Thank you for the handwritten note in order {order}. Made my day."sv,
    "Best {type} I've ever owned. I'll be ordering another colour soon."sv};

constexpr std::array kComplaintSubjects = {"Very disappointed"sv, "Quality issue with {product}"sv,
                                           "Not happy with my order"sv, "Complaint"sv};
constexpr std::array kComplaintBodies = {
    "The {product} started pilling after two washes. For this price I expected much better."sv,
    "I've emailed three times about order {order} with no reply. This is unacceptable."sv,
    "The colour of the {product} looks nothing like the photos on your site."sv,
    "Shipping took {days} days when your site said 3-5. Not ordering again."sv};

constexpr std::array kChangeSubjects = {"Change to order {order}"sv, "Order {order}"sv,
                                        "Need to change my order"sv};
constexpr std::array kChangeBodies = {
    "Please cancel order {order}, I ordered the wrong thing."sv,
    "Can I change the shipping address on order {order}? I'm moving next week."sv,
    "I accidentally ordered the {product} in {size} instead of {other}. Can you change it before it ships?"sv};

constexpr std::array kGreetings = {"Hi,"sv, "Hello,"sv, "Hi there,"sv, "Hey team,"sv, "Good morning,"sv};
constexpr std::array kSignOffs = {"Thanks,\n{first}"sv, "Thank you!\n{first}"sv, "- {first}"sv, "Cheers,\n{first}"sv,
                                  "Best,\n{first}"sv};

Templates templatesFor(Intent intent, std::string_view attribute)
{
    if (attribute == "waterproof")
        return {kWaterproofSubjects, kWaterproofBodies};
    if (attribute == "machine washable")
        return {kWashSubjects, kWashBodies};
    if (attribute == "true to size")
        return {kFitSubjects, kFitBodies};
    switch (intent) {
    case Intent::OrderStatus:
        return {kStatusSubjects, kStatusBodies};
    case Intent::Return:
        return {kReturnSubjects, kReturnBodies};
    case Intent::Sizing:
        return {kSizingSubjects, kSizingBodies};
    case Intent::Damaged:
        return {kDamagedSubjects, kDamagedBodies};
    case Intent::Discount:
        return {kDiscountSubjects, kDiscountBodies};
    case Intent::ProductQuestion:
        return {kQuestionSubjects, kQuestionBodies};
    case Intent::Praise:
        return {kPraiseSubjects, kPraiseBodies};
    case Intent::Complaint:
        return {kComplaintSubjects, kComplaintBodies};
    case Intent::OrderChange:
        break;
    }
    return {kChangeSubjects, kChangeBodies};
}

void fill(std::string& text, const TicketFacts& facts)
{
    fmt::replaceAll(text, "{product}", facts.product);
    fmt::replaceAll(text, "{type}", facts.type);
    fmt::replaceAll(text, "{order}", facts.order.empty() ? std::string_view("(no order number)") : facts.order);
    fmt::replaceAll(text, "{size}", facts.size.empty() ? std::string_view("M") : facts.size);
    fmt::replaceAll(text, "{other}", facts.otherSize.empty() ? std::string_view("L") : facts.otherSize);
    fmt::replaceAll(text, "{color}", facts.color.empty() ? std::string_view("black") : facts.color);
    fmt::replaceAll(text, "{code}", facts.code);
    fmt::replaceAll(text, "{first}", facts.firstName);
    fmt::replaceAll(text, "{days}", facts.days);
    fmt::replaceAll(text, "{fit}", facts.tooSmall ? std::string_view("small") : std::string_view("big"));
}
} // namespace

TicketText composeTicket(Intent intent, const TicketFacts& facts, Random& random)
{
    const Templates templates = templatesFor(intent, facts.attribute);
    TicketText text;
    text.subject = std::string(random.pick(templates.subjects));
    // Templates that need an order number are only used when the ticket has one.
    std::string_view body = random.pick(templates.bodies);
    for (int attempt = 0; attempt < 8 && facts.order.empty() && body.find("{order}") != std::string_view::npos; ++attempt)
        body = random.pick(templates.bodies);
    for (int attempt = 0; attempt < 8 && facts.order.empty() && text.subject.find("{order}") != std::string::npos; ++attempt)
        text.subject = std::string(random.pick(templates.subjects));

    const bool hurried = random.chance(0.12);
    if (!hurried)
        text.body.append(random.pick(kGreetings)).append("\n\n");
    text.body.append(body);
    if (!hurried)
        text.body.append("\n\n").append(random.pick(kSignOffs));
    fill(text.subject, facts);
    fill(text.body, facts);
    if (hurried)
        text.body = fmt::lower(text.body);
    return text;
}

std::string_view intentName(Intent intent)
{
    constexpr std::array kNames = {"order_status"sv, "return"sv,    "sizing"sv,    "damaged_item"sv, "discount_code"sv,
                                   "product_question"sv, "praise"sv, "complaint"sv, "order_change"sv};
    return kNames[static_cast<size_t>(intent)];
}

std::string_view intentTag(Intent intent)
{
    constexpr std::array kTags = {"wismo"sv, "returns"sv, "sizing"sv, "damaged"sv, "discount-code"sv,
                                  "product-question"sv, "praise"sv, "complaint"sv, "order-change"sv};
    return kTags[static_cast<size_t>(intent)];
}

} // namespace flywheel::demo
