#include "stages/service/Intents.h"

#include "text/Analyzer.h"

#include <algorithm>

namespace flywheel::service {

namespace {
using namespace std::string_view_literals;

struct IntentInfo {
    std::string_view name;
    const char* title;
};

constexpr std::array<IntentInfo, kIntentCount> kIntents = { {
    { "order_status"sv, QT_TRANSLATE_NOOP("IntentRules", "Order status") },
    { "cancel_order"sv, QT_TRANSLATE_NOOP("IntentRules", "Cancel order") },
    { "change_order"sv, QT_TRANSLATE_NOOP("IntentRules", "Change order") },
    { "wrong_or_damaged_item"sv, QT_TRANSLATE_NOOP("IntentRules", "Wrong or damaged item") },
    { "return"sv, QT_TRANSLATE_NOOP("IntentRules", "Return") },
    { "refund"sv, QT_TRANSLATE_NOOP("IntentRules", "Refund") },
    { "exchange"sv, QT_TRANSLATE_NOOP("IntentRules", "Exchange") },
    { "delivery_problem"sv, QT_TRANSLATE_NOOP("IntentRules", "Delivery problem") },
    { "shipping_policy"sv, QT_TRANSLATE_NOOP("IntentRules", "Shipping policy") },
    { "product_question"sv, QT_TRANSLATE_NOOP("IntentRules", "Product question") },
    { "sizing_fit"sv, QT_TRANSLATE_NOOP("IntentRules", "Sizing and fit") },
    { "product_recommendation"sv, QT_TRANSLATE_NOOP("IntentRules", "Product recommendation") },
    { "discount_problem"sv, QT_TRANSLATE_NOOP("IntentRules", "Discount or code problem") },
    { "payment"sv, QT_TRANSLATE_NOOP("IntentRules", "Payment") },
    { "account"sv, QT_TRANSLATE_NOOP("IntentRules", "Account") },
    { "positive_feedback"sv, QT_TRANSLATE_NOOP("IntentRules", "Positive feedback") },
    { "negative_feedback"sv, QT_TRANSLATE_NOOP("IntentRules", "Negative feedback") },
    { "other"sv, QT_TRANSLATE_NOOP("IntentRules", "Other") },
} };

struct CueSpec {
    Intent intent;
    double weight; ///< 2 settles the intent on its own, 1 supports it
    std::string_view phrase;
};

// Phrases are written as a customer would write them; stop words drop out when they are analyzed,
// so "where is my order" is matched by its content words. English first, then German, Spanish,
// French and Turkish essentials.
constexpr std::array kCues = {
    // Order status
    CueSpec { Intent::OrderStatus, 2, "tracking"sv },
    CueSpec { Intent::OrderStatus, 2, "order status"sv },
    CueSpec { Intent::OrderStatus, 2, "shipping confirmation"sv },
    CueSpec { Intent::OrderStatus, 2, "shipped yet"sv },
    CueSpec { Intent::OrderStatus, 2, "update on my order"sv },
    CueSpec { Intent::OrderStatus, 2, "when will it ship"sv },
    CueSpec { Intent::OrderStatus, 1, "shipping status"sv },
    CueSpec { Intent::OrderStatus, 1, "when will it arrive"sv },
    CueSpec { Intent::OrderStatus, 1, "arrive by"sv },
    CueSpec { Intent::OrderStatus, 1, "haven't received"sv },
    CueSpec { Intent::OrderStatus, 1, "still waiting"sv },
    CueSpec { Intent::OrderStatus, 1, "wismo"sv },
    CueSpec { Intent::OrderStatus, 2, "sendungsverfolgung"sv },
    CueSpec { Intent::OrderStatus, 2, "bestellstatus"sv },
    CueSpec { Intent::OrderStatus, 2, "seguimiento"sv },
    CueSpec { Intent::OrderStatus, 2, "estado del pedido"sv },
    CueSpec { Intent::OrderStatus, 2, "suivi de commande"sv },
    CueSpec { Intent::OrderStatus, 2, "kargo takip"sv },
    CueSpec { Intent::OrderStatus, 2, "siparişim nerede"sv },
    // "Where is my order?" keeps only "order" once stop words go; alone it barely leans.
    CueSpec { Intent::OrderStatus, 0.5, "order"sv },
    // Cancel
    CueSpec { Intent::CancelOrder, 2, "cancel"sv },
    CueSpec { Intent::CancelOrder, 2, "cancellation"sv },
    CueSpec { Intent::CancelOrder, 2, "stornieren"sv },
    CueSpec { Intent::CancelOrder, 2, "cancelar"sv },
    CueSpec { Intent::CancelOrder, 2, "annuler"sv },
    CueSpec { Intent::CancelOrder, 2, "iptal"sv },
    // Change
    CueSpec { Intent::ChangeOrder, 2, "change my order"sv },
    CueSpec { Intent::ChangeOrder, 2, "change the shipping address"sv },
    CueSpec { Intent::ChangeOrder, 2, "change the address"sv },
    CueSpec { Intent::ChangeOrder, 2, "ordered the wrong"sv },
    CueSpec { Intent::ChangeOrder, 2, "modify my order"sv },
    CueSpec { Intent::ChangeOrder, 1, "change it before it ships"sv },
    CueSpec { Intent::ChangeOrder, 1, "add to my order"sv },
    CueSpec { Intent::ChangeOrder, 1, "instead of"sv },
    CueSpec { Intent::ChangeOrder, 2, "bestellung ändern"sv },
    CueSpec { Intent::ChangeOrder, 2, "cambiar mi pedido"sv },
    CueSpec { Intent::ChangeOrder, 2, "modifier ma commande"sv },
    CueSpec { Intent::ChangeOrder, 2, "adres değişikliği"sv },
    // Wrong or damaged
    CueSpec { Intent::WrongOrDamagedItem, 2, "damaged"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "broken"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "defective"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "wrong item"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "came apart"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "missing item"sv },
    CueSpec { Intent::WrongOrDamagedItem, 1, "hole"sv },
    CueSpec { Intent::WrongOrDamagedItem, 1, "torn"sv },
    CueSpec { Intent::WrongOrDamagedItem, 1, "scuffed"sv },
    CueSpec { Intent::WrongOrDamagedItem, 1, "crushed"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "broke"sv },
    CueSpec { Intent::WrongOrDamagedItem, 1, "replacement"sv },
    CueSpec { Intent::WrongOrDamagedItem, 1, "stain"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "beschädigt"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "kaputt"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "dañado"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "roto"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "endommagé"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "cassé"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "hasarlı"sv },
    CueSpec { Intent::WrongOrDamagedItem, 2, "kırık"sv },
    // Return
    CueSpec { Intent::Return, 2, "return"sv },
    CueSpec { Intent::Return, 2, "return label"sv },
    CueSpec { Intent::Return, 2, "send it back"sv },
    CueSpec { Intent::Return, 1, "sent back"sv },
    CueSpec { Intent::Return, 1, "unworn"sv },
    CueSpec { Intent::Return, 2, "rücksendung"sv },
    CueSpec { Intent::Return, 2, "zurücksenden"sv },
    CueSpec { Intent::Return, 2, "devolución"sv },
    CueSpec { Intent::Return, 2, "devolver"sv },
    CueSpec { Intent::Return, 2, "retour"sv },
    CueSpec { Intent::Return, 2, "iade"sv },
    // Refund
    CueSpec { Intent::Refund, 2, "refund"sv },
    CueSpec { Intent::Refund, 2, "money back"sv },
    CueSpec { Intent::Refund, 1, "reimburse"sv },
    CueSpec { Intent::Refund, 2, "erstattung"sv },
    CueSpec { Intent::Refund, 2, "rückerstattung"sv },
    CueSpec { Intent::Refund, 2, "reembolso"sv },
    CueSpec { Intent::Refund, 2, "remboursement"sv },
    CueSpec { Intent::Refund, 2, "para iadesi"sv },
    // Exchange
    CueSpec { Intent::Exchange, 2, "exchange"sv },
    CueSpec { Intent::Exchange, 1, "swap"sv },
    CueSpec { Intent::Exchange, 1, "another colour"sv },
    CueSpec { Intent::Exchange, 1, "another color"sv },
    CueSpec { Intent::Exchange, 2, "umtausch"sv },
    CueSpec { Intent::Exchange, 2, "cambio de talla"sv },
    CueSpec { Intent::Exchange, 2, "échange"sv },
    CueSpec { Intent::Exchange, 2, "değişim"sv },
    // Delivery problem
    CueSpec { Intent::DeliveryProblem, 2, "never arrived"sv },
    CueSpec { Intent::DeliveryProblem, 2, "not arrived"sv },
    CueSpec { Intent::DeliveryProblem, 2, "package lost"sv },
    CueSpec { Intent::DeliveryProblem, 2, "lost package"sv },
    CueSpec { Intent::DeliveryProblem, 2, "says delivered"sv },
    CueSpec { Intent::DeliveryProblem, 2, "nothing at my door"sv },
    CueSpec { Intent::DeliveryProblem, 1, "delayed"sv },
    CueSpec { Intent::DeliveryProblem, 1, "stuck in transit"sv },
    CueSpec { Intent::DeliveryProblem, 1, "hasn't updated"sv },
    CueSpec { Intent::DeliveryProblem, 1, "wrong address"sv },
    CueSpec { Intent::DeliveryProblem, 2, "nicht angekommen"sv },
    CueSpec { Intent::DeliveryProblem, 2, "no ha llegado"sv },
    CueSpec { Intent::DeliveryProblem, 2, "pas reçu"sv },
    CueSpec { Intent::DeliveryProblem, 2, "ulaşmadı"sv },
    // Shipping policy
    CueSpec { Intent::ShippingPolicy, 2, "free shipping"sv },
    CueSpec { Intent::ShippingPolicy, 2, "shipping cost"sv },
    CueSpec { Intent::ShippingPolicy, 2, "international shipping"sv },
    CueSpec { Intent::ShippingPolicy, 2, "ship to"sv },
    CueSpec { Intent::ShippingPolicy, 1, "delivery time"sv },
    CueSpec { Intent::ShippingPolicy, 1, "shipping options"sv },
    CueSpec { Intent::ShippingPolicy, 1, "express shipping"sv },
    CueSpec { Intent::ShippingPolicy, 2, "versandkosten"sv },
    CueSpec { Intent::ShippingPolicy, 2, "gastos de envío"sv },
    CueSpec { Intent::ShippingPolicy, 2, "frais de port"sv },
    CueSpec { Intent::ShippingPolicy, 2, "kargo ücreti"sv },
    // Product question
    CueSpec { Intent::ProductQuestion, 2, "waterproof"sv },
    CueSpec { Intent::ProductQuestion, 2, "machine washable"sv },
    CueSpec { Intent::ProductQuestion, 2, "warranty"sv },
    CueSpec { Intent::ProductQuestion, 1, "made from"sv },
    CueSpec { Intent::ProductQuestion, 1, "made of"sv },
    CueSpec { Intent::ProductQuestion, 1, "material"sv },
    CueSpec { Intent::ProductQuestion, 1, "back in stock"sv },
    CueSpec { Intent::ProductQuestion, 1, "available in"sv },
    CueSpec { Intent::ProductQuestion, 1, "compatible"sv },
    CueSpec { Intent::ProductQuestion, 1, "dimensions"sv },
    CueSpec { Intent::ProductQuestion, 1, "product question"sv },
    CueSpec { Intent::ProductQuestion, 1, "washing machine"sv },
    CueSpec { Intent::ProductQuestion, 1, "dry clean"sv },
    CueSpec { Intent::ProductQuestion, 1, "in stock"sv },
    CueSpec { Intent::ProductQuestion, 2, "wasserdicht"sv },
    CueSpec { Intent::ProductQuestion, 2, "impermeable"sv },
    CueSpec { Intent::ProductQuestion, 2, "su geçirmez"sv },
    // Sizing and fit
    CueSpec { Intent::SizingFit, 2, "true to size"sv },
    CueSpec { Intent::SizingFit, 2, "size chart"sv },
    CueSpec { Intent::SizingFit, 2, "what size"sv },
    CueSpec { Intent::SizingFit, 2, "between sizes"sv },
    CueSpec { Intent::SizingFit, 2, "run small"sv },
    CueSpec { Intent::SizingFit, 2, "run large"sv },
    CueSpec { Intent::SizingFit, 2, "sizing"sv },
    CueSpec { Intent::SizingFit, 1, "size up"sv },
    CueSpec { Intent::SizingFit, 1, "size"sv },
    CueSpec { Intent::SizingFit, 1, "fit"sv },
    CueSpec { Intent::SizingFit, 2, "größe"sv },
    CueSpec { Intent::SizingFit, 2, "talla"sv },
    CueSpec { Intent::SizingFit, 2, "taille"sv },
    CueSpec { Intent::SizingFit, 2, "beden"sv },
    // Product recommendation
    CueSpec { Intent::ProductRecommendation, 2, "recommend"sv },
    CueSpec { Intent::ProductRecommendation, 1, "suggest"sv },
    CueSpec { Intent::ProductRecommendation, 1, "looking for"sv },
    CueSpec { Intent::ProductRecommendation, 1, "which one"sv },
    CueSpec { Intent::ProductRecommendation, 1, "gift for"sv },
    CueSpec { Intent::ProductRecommendation, 2, "empfehlen"sv },
    CueSpec { Intent::ProductRecommendation, 2, "recomendar"sv },
    CueSpec { Intent::ProductRecommendation, 2, "conseiller"sv },
    CueSpec { Intent::ProductRecommendation, 2, "önerir"sv },
    // Discount or code
    CueSpec { Intent::DiscountProblem, 2, "discount"sv },
    CueSpec { Intent::DiscountProblem, 2, "promo code"sv },
    CueSpec { Intent::DiscountProblem, 2, "coupon"sv },
    CueSpec { Intent::DiscountProblem, 2, "voucher"sv },
    CueSpec { Intent::DiscountProblem, 1, "code"sv },
    CueSpec { Intent::DiscountProblem, 1, "invalid"sv },
    CueSpec { Intent::DiscountProblem, 1, "won't apply"sv },
    CueSpec { Intent::DiscountProblem, 1, "expired"sv },
    CueSpec { Intent::DiscountProblem, 2, "gutschein"sv },
    CueSpec { Intent::DiscountProblem, 2, "rabatt"sv },
    CueSpec { Intent::DiscountProblem, 2, "descuento"sv },
    CueSpec { Intent::DiscountProblem, 2, "cupón"sv },
    CueSpec { Intent::DiscountProblem, 2, "réduction"sv },
    CueSpec { Intent::DiscountProblem, 2, "indirim"sv },
    // Payment
    CueSpec { Intent::Payment, 2, "payment"sv },
    CueSpec { Intent::Payment, 2, "charged twice"sv },
    CueSpec { Intent::Payment, 2, "double charged"sv },
    CueSpec { Intent::Payment, 2, "card declined"sv },
    CueSpec { Intent::Payment, 1, "charged"sv },
    CueSpec { Intent::Payment, 1, "paypal"sv },
    CueSpec { Intent::Payment, 1, "invoice"sv },
    CueSpec { Intent::Payment, 1, "billing"sv },
    CueSpec { Intent::Payment, 2, "zahlung"sv },
    CueSpec { Intent::Payment, 2, "pago"sv },
    CueSpec { Intent::Payment, 2, "paiement"sv },
    CueSpec { Intent::Payment, 2, "ödeme"sv },
    // Account
    CueSpec { Intent::Account, 2, "password"sv },
    CueSpec { Intent::Account, 2, "my account"sv },
    CueSpec { Intent::Account, 2, "log in"sv },
    CueSpec { Intent::Account, 2, "login"sv },
    CueSpec { Intent::Account, 2, "sign in"sv },
    CueSpec { Intent::Account, 2, "unsubscribe"sv },
    CueSpec { Intent::Account, 2, "passwort"sv },
    CueSpec { Intent::Account, 2, "contraseña"sv },
    CueSpec { Intent::Account, 2, "mot de passe"sv },
    CueSpec { Intent::Account, 2, "şifre"sv },
    // Positive feedback
    CueSpec { Intent::PositiveFeedback, 2, "love my"sv },
    CueSpec { Intent::PositiveFeedback, 2, "made my day"sv },
    CueSpec { Intent::PositiveFeedback, 2, "great service"sv },
    CueSpec { Intent::PositiveFeedback, 2, "just wanted to say"sv },
    CueSpec { Intent::PositiveFeedback, 2, "even better in person"sv },
    CueSpec { Intent::PositiveFeedback, 1, "love"sv },
    CueSpec { Intent::PositiveFeedback, 1, "best"sv },
    CueSpec { Intent::PositiveFeedback, 1, "amazing"sv },
    CueSpec { Intent::PositiveFeedback, 1, "awesome"sv },
    CueSpec { Intent::PositiveFeedback, 1, "happy with"sv },
    CueSpec { Intent::PositiveFeedback, 2, "vielen dank"sv },
    CueSpec { Intent::PositiveFeedback, 2, "me encanta"sv },
    CueSpec { Intent::PositiveFeedback, 2, "j'adore"sv },
    CueSpec { Intent::PositiveFeedback, 2, "çok memnunum"sv },
    // Negative feedback
    CueSpec { Intent::NegativeFeedback, 2, "disappointed"sv },
    CueSpec { Intent::NegativeFeedback, 2, "unacceptable"sv },
    CueSpec { Intent::NegativeFeedback, 2, "terrible"sv },
    CueSpec { Intent::NegativeFeedback, 2, "poor quality"sv },
    CueSpec { Intent::NegativeFeedback, 2, "not happy"sv },
    CueSpec { Intent::NegativeFeedback, 2, "complaint"sv },
    CueSpec { Intent::NegativeFeedback, 2, "expected much better"sv },
    CueSpec { Intent::NegativeFeedback, 2, "not ordering again"sv },
    CueSpec { Intent::NegativeFeedback, 2, "looks nothing like"sv },
    CueSpec { Intent::NegativeFeedback, 1, "pilling"sv },
    CueSpec { Intent::NegativeFeedback, 1, "worst"sv },
    CueSpec { Intent::NegativeFeedback, 1, "no reply"sv },
    CueSpec { Intent::NegativeFeedback, 2, "enttäuscht"sv },
    CueSpec { Intent::NegativeFeedback, 2, "decepcionado"sv },
    CueSpec { Intent::NegativeFeedback, 2, "déçu"sv },
    CueSpec { Intent::NegativeFeedback, 2, "hayal kırıklığı"sv },
};
} // namespace

QString intentName(Intent intent)
{
    const std::string_view name = kIntents[static_cast<size_t>(intent)].name;
    return QString::fromLatin1(name.data(), static_cast<qsizetype>(name.size()));
}

QString intentTitle(Intent intent)
{
    return IntentRules::tr(kIntents[static_cast<size_t>(intent)].title);
}

std::optional<Intent> intentFromName(const QString& name)
{
    for (int i = 0; i < kIntentCount; ++i) {
        if (intentName(static_cast<Intent>(i)) == name)
            return static_cast<Intent>(i);
    }
    return std::nullopt;
}

IntentRules::IntentRules(const text::Analyzer& analyzer, text::TermTable& terms)
{
    for (const CueSpec& spec : kCues) {
        const QStringList phrase
            = analyzer.terms(QString::fromUtf8(spec.phrase.data(), static_cast<qsizetype>(spec.phrase.size())));
        if (phrase.isEmpty())
            continue;
        m_index.add(terms.add(phrase), static_cast<int>(m_cues.size()));
        m_cues.push_back({ spec.intent, spec.weight });
    }
}

IntentRules::Verdict IntentRules::classify(text::TermView terms) const
{
    std::array<double, kIntentCount> scores {};
    // Longest match first, so "return label" counts once, not also as "return".
    for (const text::PhraseIndex::Match& match : m_index.findLongest(terms)) {
        const Cue& cue = m_cues[static_cast<size_t>(match.id)];
        scores[static_cast<size_t>(cue.intent)] += cue.weight;
    }
    const auto best = std::max_element(scores.begin(), scores.end());
    Verdict verdict;
    if (*best <= 0)
        return verdict;
    verdict.intent = static_cast<Intent>(best - scores.begin());
    verdict.score = *best;
    double runnerUp = 0;
    for (size_t i = 0; i < scores.size(); ++i) {
        if (static_cast<Intent>(i) != verdict.intent)
            runnerUp = std::max(runnerUp, scores[i]);
    }
    verdict.margin = verdict.score - runnerUp;
    return verdict;
}

} // namespace flywheel::service
