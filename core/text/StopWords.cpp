#include "text/StopWords.h"

#include <QHash>

namespace flywheel::text {

namespace {

// Short lists of the commonest function words, folded. Negations are left out so that terms()
// keeps "not good" apart from "good"; classifiers and sentiment read every token anyway.
constexpr const char16_t* kEnglish
    = u"a an the and or of to in on at for with by from as is are was were be been being "
      u"am it its it's this that these those i i'm i've i'd me my myself we our us you "
      u"your yours he him his she her they them their there here so than then too just "
      u"also do does did doing have has had having will would shall should can could may "
      u"might must about into onto over under again if because while out up down off "
      u"any some such own same each all both other more most what which who whom whose "
      u"how why when where but yet only very s t ll ve re d m hi hello hey thanks thank "
      u"please dear regards";
constexpr const char16_t* kGerman = u"der die das den dem des ein eine einen einem einer eines und oder aber auch als "
                                    u"am an auf aus bei bis durch fur gegen im in ins mit nach ob ohne seit uber um "
                                    u"unter von vor zu zum zur ich du er sie es wir ihr mich mir dich dir uns euch "
                                    u"sich mein meine meinen meinem meiner dein deine sein seine ihre ihren unser "
                                    u"ist bin bist sind seid war waren wird werden wurde wurden hat habe haben hatte "
                                    u"hatten kann konnen konnte muss mussen soll sollte will wollen mochte dass da "
                                    u"dann denn doch hier dort so sehr schon noch nur wie was wer wo wann warum "
                                    u"welche welcher dies diese dieser dieses jetzt mal hallo danke bitte gruss "
                                    u"grusse vielen";
constexpr const char16_t* kSpanish = u"el la los las un una unos unas y e o u de del al a en con por para sin sobre "
                                     u"entre hasta desde que como pero mas mi mis tu tus su sus nuestro nuestra yo tu "
                                     u"el ella nosotros vosotros ellos ellas me te se nos os le les lo es son era eran "
                                     u"fue fueron ser estar esta estan estaba he ha han habia hay muy ya tambien este "
                                     u"esta estos estas ese esa eso aqui alli cuando donde quien cual porque si hola "
                                     u"gracias saludos favor";
constexpr const char16_t* kTurkish = u"ve ile bir bu o da de ki mi mu icin gibi daha cok en ama fakat ancak "
                                     u"veya ya ben sen biz siz onlar beni bana benim seni sana senin bizim sizin "
                                     u"onun onlarin kendi ne neden nasil nerede hangi kim her hic sey simdi sonra "
                                     u"once kadar icin ise olarak olan oldu olur ayni diye merhaba tesekkurler "
                                     u"tesekkur ederim lutfen iyi gunler selam";
constexpr const char16_t* kFrench = u"le la les l un une des du de d et ou a au aux en dans par pour sur avec sans "
                                    u"sous entre chez que qu qui quoi dont ce cet cette ces c mon ma mes ton ta tes "
                                    u"son sa ses notre nos votre vos leur leurs je j tu il elle nous vous ils elles "
                                    u"me m te t se s lui y est sont etait etaient suis es sommes etes ai as avons "
                                    u"avez ont avait fait comme mais donc or car tres aussi deja encore ici la "
                                    u"bonjour merci cordialement madame monsieur svp";

QSet<QString> wordSet(const char16_t* words)
{
    QSet<QString> set;
    for (const QStringView word : QStringView(words).split(u' ', Qt::SkipEmptyParts))
        set.insert(word.toString());
    return set;
}

} // namespace

const QSet<QString>& stopWords(const QString& languageCode)
{
    static const QHash<QString, QSet<QString>> lists {
        { QStringLiteral("en"), wordSet(kEnglish) },
        { QStringLiteral("de"), wordSet(kGerman) },
        { QStringLiteral("es"), wordSet(kSpanish) },
        { QStringLiteral("tr"), wordSet(kTurkish) },
        { QStringLiteral("fr"), wordSet(kFrench) },
    };
    static const QSet<QString> none;
    const auto found = lists.constFind(languageCode);
    return found == lists.constEnd() ? none : *found;
}

} // namespace flywheel::text
