#include "search/SynonymLexicon.h"

namespace flywheel::search {

const QList<QStringList>& lexiconSynonymGroups(const QString& languageCode)
{
    static const QList<QStringList> english = [] {
        const std::initializer_list<std::initializer_list<const char16_t*>> groups = {
            { u"jumper", u"sweater", u"pullover" },
            { u"trainers", u"sneakers", u"running shoes", u"trail runner" },
            { u"rucksack", u"backpack", u"daypack" },
            { u"toque", u"beanie", u"knit hat" },
            { u"windbreaker", u"wind jacket", u"shell jacket" },
            { u"raincoat", u"rain jacket", u"rain coat" },
            { u"hoodie", u"hooded sweatshirt" },
            { u"trousers", u"pants" },
            { u"tee", u"t-shirt", u"tshirt" },
            { u"joggers", u"sweatpants", u"track pants" },
            { u"gilet", u"vest", u"bodywarmer" },
            { u"parka", u"winter coat" },
            { u"flip flops", u"sandals" },
            { u"wellies", u"wellingtons", u"rain boots" },
            { u"bum bag", u"fanny pack", u"hip pack", u"waist pack" },
            { u"holdall", u"duffel bag", u"duffle bag" },
            { u"swimsuit", u"swimwear", u"bathing suit", u"swimming costume" },
            { u"sunnies", u"sunglasses", u"shades" },
            { u"torch", u"flashlight" },
            { u"flask", u"thermos", u"insulated bottle" },
            { u"mug", u"cup" },
            { u"sofa", u"couch", u"settee" },
            { u"tap", u"faucet" },
            { u"nappy", u"diaper" },
            { u"dummy", u"pacifier" },
            { u"pram", u"stroller", u"pushchair" },
            { u"mobile", u"cell phone", u"smartphone" },
            { u"earphones", u"headphones", u"earbuds" },
            { u"duvet", u"comforter" },
            { u"cot", u"crib" },
            { u"trash can", u"bin", u"garbage can" },
            { u"cookie", u"biscuit" },
            { u"candy", u"sweets" },
            { u"pajamas", u"pyjamas", u"sleepwear" },
            { u"purse", u"handbag" },
            { u"suspenders", u"braces" },
            { u"tuxedo", u"dinner suit" },
            { u"scarf", u"muffler" },
        };
        QList<QStringList> out;
        for (const auto& group : groups) {
            QStringList words;
            for (const char16_t* word : group)
                words << QString::fromUtf16(word);
            out << words;
        }
        return out;
    }();
    static const QList<QStringList> none;
    return languageCode.startsWith(u"en", Qt::CaseInsensitive) || languageCode.isEmpty() ? english : none;
}

} // namespace flywheel::search
