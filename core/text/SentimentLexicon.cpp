#include "text/SentimentLexicon.h"

namespace flywheel::text {

namespace {

// Valences were chosen for shop messages and product reviews: what customers say about fit,
// fabric, quality, delivery and service. Inflected forms are listed where a stemmer would merge
// words of different meaning ("like" the verb and "like" the preposition).

constexpr SentimentLexiconData kEnglish {
    u"love:3 loved:3 loves:3 loving:2.5 lovely:2.5 adore:3 adored:3 adorable:2.5 amazing:3 amazingly:3 awesome:3 "
    u"excellent:3 excellently:3 perfect:3 perfectly:2.5 perfection:3 fantastic:3 wonderful:3 wonderfully:3 "
    u"outstanding:3 superb:3 gorgeous:3 stunning:3 brilliant:3 incredible:3 best:2.5 flawless:3 exceptional:3 "
    u"phenomenal:3 fabulous:3 delighted:3 thrilled:3 ecstatic:3 beautiful:2.5 beautifully:2.5 great:2.2 greatest:2.5 "
    u"good:1.6 nice:1.6 nicely:1.5 happy:2.2 happier:1.8 pleased:2 glad:1.8 enjoy:1.8 enjoyed:1.8 enjoying:1.8 "
    u"comfortable:1.8 comfy:1.8 cozy:1.6 cosy:1.6 soft:1.2 softer:1 cute:1.8 cutest:2.2 pretty:1.6 flattering:2.2 "
    u"flatters:2 flattered:1.5 favorite:2 favourite:2 favorites:2 recommend:1.8 recommended:1.8 recommending:1.8 "
    u"impressed:2.2 impressive:2.2 satisfied:1.8 satisfying:1.6 fun:1.6 elegant:2 stylish:1.8 classy:1.8 chic:1.8 "
    u"versatile:1.6 helpful:2 friendly:1.8 appreciate:1.6 appreciated:1.6 thank:0.6 thanks:0.6 thankful:1.8 "
    u"grateful:2 easy:1 easier:0.8 smooth:1 reliable:1.6 sturdy:1.6 durable:1.6 worth:1.2 bargain:1.5 "
    u"cheerful:1.6 sexy:1.5 fine:0.6 ok:0.3 okay:0.3 decent:0.9 solid:1 super:2 wow:2.2 yay:2.2 compliments:2 "
    u"complimented:2 slimming:1.6 breathable:1 warm:0.4 lightweight:0.5 glowing:1.6 gem:2.2 keeper:2 win:1.5 "
    u"winner:2 fast:1 quick:0.8 prompt:1.2 promptly:1.2 efficient:1.5 professional:1.5 polite:1.5 kind:1 "
    u"generous:1.8 fits:0.3 flawlessly:3 luxurious:2.2 luxury:1.5 quality:0.4 well-made:2 wellmade:2 magnificent:3 "
    u"lovelier:2.5 loveliest:3 charming:2 delightful:2.8 elated:3 excited:2 exciting:2 fresh:0.8 clean:0.6 "
    u"crisp:0.8 vibrant:1.5 rich:0.8 sleek:1.5 gorgeously:3 cutely:1.5 spot-on:2 spoton:2 ideal:2 wonderfull:3 "
    u"amazed:2.5 awesomeness:3 useful:1.5 handy:1.2 convenient:1.2 affordable:1.2 value:0.8 resolved:1.2 "
    u"solved:1.2 fixed:0.8 refunded:0.5 quickly:0.4 effortless:1.8 beauty:2 nicest:2.5 prettiest:2.5 "
    u"softest:2 comfiest:2.5 flattery:1.5 pleasure:2 pleasant:1.8 joy:2.5 smile:1.5 smiling:1.5 recommendable:1.8 "
    u"hate:-3 hated:-3 hates:-3 terrible:-3 terribly:-2.5 horrible:-3 horribly:-2.8 awful:-3 awfully:-2 "
    u"worst:-3 disgusting:-3 disgusted:-3 garbage:-3 trash:-2.8 useless:-2.8 scam:-3 fraud:-3 furious:-3 "
    u"unacceptable:-3 disaster:-3 pathetic:-3 ripoff:-3 rip-off:-3 bad:-2.2 badly:-2 poor:-2 poorly:-2 "
    u"disappointed:-2.4 disappointing:-2.4 disappointment:-2.4 disappoint:-2.2 disappoints:-2.2 unhappy:-2.2 "
    u"ugly:-2.4 cheap:-1.4 cheaply:-1.8 flimsy:-2 broken:-2 broke:-1.8 damaged:-2 defective:-2.4 wrong:-1.5 "
    u"missing:-1.5 late:-1.5 delayed:-1.5 delay:-1.2 unfortunately:-1.5 unfortunate:-1.5 sadly:-1.5 sad:-2 "
    u"angry:-2.5 upset:-2 frustrated:-2.2 frustrating:-2.2 annoyed:-2 annoying:-2 rude:-2.5 unhelpful:-2.2 "
    u"slow:-1 problem:-1.5 problems:-1.5 issue:-1 issues:-1 complaint:-1.5 mistake:-1.5 fail:-2 failed:-2 "
    u"fails:-2 faulty:-2.4 ripped:-2 torn:-2 tear:-1 tears:-1 hole:-1.5 holes:-1.5 stain:-1.5 stained:-1.5 "
    u"shrink:-1.5 shrunk:-1.8 shrank:-1.8 itchy:-2 scratchy:-2 uncomfortable:-2.2 unflattering:-2.4 frumpy:-2.2 "
    u"boxy:-1.2 baggy:-1 sheer:-0.8 thin:-0.8 tight:-0.8 tighter:-0.6 huge:-1 tent:-1.2 awkward:-1.5 weird:-1.5 "
    u"strange:-1 odd:-1 oddly:-1 mess:-1.5 messy:-1.5 waste:-2.5 wasted:-2.5 overpriced:-2 expensive:-0.8 "
    u"pricey:-0.6 worse:-2 lacking:-1 lacks:-1 meh:-1.2 mediocre:-1.5 sloppy:-2 shoddy:-2.5 fraying:-2 frayed:-2 "
    u"pilled:-2 pilling:-2 pills:-1.5 wrinkled:-1 wrinkles:-1 wrinkly:-1 smell:-1.5 smells:-1.5 smelly:-2 "
    u"stinks:-2.2 sucks:-2.5 regret:-2 regretted:-2 ruined:-2.5 ruin:-2 lost:-1.5 stolen:-2 cancelled:-0.8 "
    u"canceled:-0.8 waiting:-0.8 ignored:-2 ignoring:-2 unwearable:-2.8 unusable:-2.8 misleading:-2 "
    u"inaccurate:-1.5 fake:-2.5 junk:-2.5 crap:-2.8 crappy:-2.8 shame:-1.5 pity:-1.5 ridiculous:-2 "
    u"unreliable:-2 difficult:-1 confusing:-1.5 confused:-1 worried:-1.5 concerned:-1 dissatisfied:-2.4 "
    u"unsatisfied:-2.2 returning:-0.8 returned:-0.6 return:-0.4 unfortunatly:-1.5 horrid:-3 dreadful:-3 "
    u"hideous:-3 atrocious:-3 nasty:-2.5 gross:-2.5 yuck:-2.5 ugh:-2 sigh:-1 cheaper:-0.5 unprofessional:-2.4 "
    u"incompetent:-2.8 liar:-3 lied:-2.5 lying:-2.5 refuse:-1.5 refused:-1.8 nobody:-1 noone:-1 "
    u"complain:-1.5 complained:-1.5 unhappily:-2 poorer:-1.8 worthless:-3 inferior:-2 flawed:-2 unstable:-1.5 "
    u"wobbly:-1.5 loose:-0.6 snag:-1.5 snagged:-1.8 faded:-1.5 fade:-1.2 fades:-1.2 bleed:-1.2 bled:-1.5 "
    u"sagging:-1.5 saggy:-1.8 stretched:-0.8 unraveling:-2 unravelled:-2 rough:-1.2 stiff:-1 scratch:-1 "
    u"scratched:-1.5 dented:-1.5 leak:-1.5 leaking:-1.8 leaks:-1.5 overwhelming:-0.5 unbearable:-2.8 "
    u"unsure:-0.6 doubt:-0.8 hesitant:-0.6 bummer:-1.8 bummed:-1.8 fell:-0.6 sloppily:-2",
    u"very:0.3 really:0.3 so:0.3 extremely:0.5 absolutely:0.4 totally:0.3 completely:0.3 incredibly:0.5 "
    u"highly:0.3 truly:0.3 quite:0.15 especially:0.2 particularly:0.2 exceptionally:0.4 utterly:0.5 insanely:0.4 "
    u"seriously:0.3 super:0.4 soo:0.4 sooo:0.5 soooo:0.6 such:0.2 too:0.15 most:0.25 deeply:0.3 thoroughly:0.3 "
    u"slightly:-0.4 somewhat:-0.3 bit:-0.3 little:-0.3 kinda:-0.3 kind:-0.1 fairly:-0.2 rather:-0.2 barely:-0.5 "
    u"almost:-0.2 marginally:-0.4 mostly:-0.1 relatively:-0.2 pretty:0.1 sort:-0.2 sorta:-0.3",
    u"not no never none nothing nobody neither nor without cannot cant dont doesnt isnt wasnt arent werent wont "
    u"wouldnt shouldnt couldnt didnt hasnt havent hadnt aint hardly n't",
    u"but however except although though yet",
    false,
    false,
};

constexpr SentimentLexiconData kGerman {
    u"=schön:2 wunderschön:3 schöne:2 schönes:2 schönen:2 toll:2.5 tolle:2.5 tolles:2.5 tollen:2.5 super:2.2 "
    u"gut:1.6 gute:1.6 guter:1.6 gutes:1.6 guten:1.2 besten:2.4 beste:2.4 bestens:2.4 perfekt*:3 prima:2.2 "
    u"klasse:2.2 spitze:2.5 genial*:2.8 großartig*:3 hervorragend*:3 ausgezeichnet*:3 fantastisch*:3 "
    u"wunderbar*:3 liebe:2.2 lieben:2.2 liebt:2.2 begeistert:2.8 zufrieden:1.8 glücklich:2.2 bequem*:1.8 "
    u"angenehm*:1.8 weich*:1.2 hübsch*:1.8 empfehlen:1.8 empfehlenswert:2 empfehle:1.8 gefällt:2 gefallen:1.8 "
    u"danke:0.6 dankbar:1.8 schnell*:1 freundlich*:1.8 hilfsbereit*:2 problemlos:1.5 top:2.2 cool:1.5 "
    u"hochwertig*:2 edel:1.8 elegant*:2 praktisch*:1.2 passt:0.6 lieblings*:2.2 traumhaft*:3 "
    u"schlecht*:-2.2 schlimm*:-2.4 furchtbar*:-3 schrecklich*:-3 katastrophe*:-3 katastrophal*:-3 "
    u"enttäusch*:-2.4 ärger*:-2 ärgerlich*:-2.2 sauer:-2 wütend:-2.8 unzufrieden*:-2.2 kaputt*:-2 "
    u"beschädigt*:-2 defekt*:-2.4 falsch*:-1.5 fehlt:-1.5 fehlen:-1.5 fehlend*:-1.5 verspätet*:-1.5 "
    u"spät:-1.2 leider:-1.5 billig*:-1.4 hässlich*:-2.5 unbequem*:-2.2 kratz*:-1.8 zu_klein:-1 "
    u"dünn*:-0.8 eng:-0.6 unfreundlich*:-2.4 langsam*:-1 problem:-1.5 probleme:-1.5 mangel*:-1.5 "
    u"mangelhaft*:-2.4 müll:-3 schrott:-3 betrug*:-3 frechheit:-3 unverschämt*:-3 niemand:-1 "
    u"reklamation*:-1.5 zurückschicken:-0.8 rücksendung:-0.5 verloren:-1.5 löcher:-1.5 loch:-1.5 fleck*:-1.5 "
    u"eingelaufen:-1.8 ausgeleiert:-1.8 schade:-1.5 nervig*:-2 ärgert:-2 mies*:-2.4 grottig*:-3 "
    u"unbrauchbar*:-2.8 minderwertig*:-2.4 überteuert*:-2",
    u"sehr:0.3 wirklich:0.3 echt:0.3 total:0.3 absolut:0.4 extrem:0.5 so:0.2 besonders:0.2 äußerst:0.5 "
    u"super:0.4 richtig:0.2 voll:0.2 ziemlich:0.1 etwas:-0.3 bisschen:-0.3 leicht:-0.3 kaum:-0.5 eher:-0.2 "
    u"relativ:-0.2",
    u"nicht nichts kein keine keinen keinem keiner keines nie niemals ohne weder noch",
    u"aber jedoch doch allerdings trotzdem sondern",
    true,
    false,
};

constexpr SentimentLexiconData kSpanish {
    u"encanta:3 encantó:3 encantada:2.8 encantado:2.8 encanto:2.5 amo:2.8 excelente*:3 perfect*:3 "
    u"maravillos*:3 fantástic*:3 increíble*:3 genial*:2.8 buenísim*:3 hermos*:2.6 precios*:2.6 lind*:2.2 "
    u"bonit*:2 bueno:1.6 buena:1.6 buenos:1.6 buenas:1 bien:1.2 mejor:1.8 gusta:1.8 gustó:1.8 gustan:1.8 "
    u"contenta:2 contento:2 feliz:2.2 satisfech*:1.8 cómod*:1.8 suave*:1.2 recomiendo:2 recomendable:2 "
    u"recomendado:1.8 gracias:0.6 agradecid*:1.8 rápid*:1 amable*:1.8 útil:1.5 calidad:0.4 estupend*:3 "
    u"espectacular*:3 elegante*:2 favorit*:2 top:2 guapísim*:3 ideal:2 "
    u"mal:-2 malo:-2.2 mala:-2.2 malos:-2.2 malas:-2.2 pésim*:-3 horrible*:-3 terrible*:-3 fatal:-2.8 "
    u"decepci*:-2.4 decepcionad*:-2.4 triste*:-2 enojad*:-2.4 enfadad*:-2.4 molest*:-2 rot*:-2 "
    u"dañad*:-2 defectuos*:-2.4 equivocad*:-1.5 incorrect*:-1.5 falta:-1.5 faltan:-1.5 tarde:-1 retraso*:-1.5 "
    u"lamentablemente:-1.5 desgraciadamente:-1.5 barat*:-1 incómod*:-2.2 problema*:-1.5 "
    u"queja*:-1.5 basura:-3 estafa*:-3 fraude:-3 inaceptable:-3 peor:-2.4 perdid*:-1.5 "
    u"lento:-1 lenta:-1 devolver:-0.6 devolución:-0.5 desastre*:-3 horroros*:-3 asqueros*:-3 "
    u"insatisfech*:-2.2 mediocre*:-1.5 caro:-0.8 cara:-0.3 feo:-2.4 fea:-2.4 feos:-2.4 feas:-2.4",
    u"muy:0.3 realmente:0.3 super:0.4 súper:0.4 totalmente:0.3 completamente:0.3 extremadamente:0.5 "
    u"tan:0.3 demasiado:0.2 bastante:0.1 especialmente:0.2 poco:-0.4 algo:-0.3 ligeramente:-0.4 apenas:-0.5",
    u"no nunca jamás jamas sin ni tampoco nada nadie ningún ninguna ninguno",
    u"pero sin_embargo aunque sino",
    false,
    false,
};

constexpr SentimentLexiconData kTurkish {
    u"güzel*:2 harika*:3 mükemmel*:3 muhteşem*:3 süper:2.5 super:2.5 iyi:1.6 iyiydi:1.6 en_iyi:2.4 "
    u"beğen*:2 bayıl*:3 sevdim:2.4 seviyorum:2.6 sevdik:2.4 memnun*:2 teşekkür*:0.6 teşekkürler:0.6 "
    u"rahat*:1.8 yumuşak*:1.2 kaliteli*:2 tavsiye:1.6 öneririm:1.8 hızlı*:1 hizli*:1 başarılı*:2 "
    u"şahane*:3 harikaydı:3 mutlu*:2.2 sağlam*:1.6 şık:1.8 tatlı*:1.8 bayıldım:3 efsane*:2.8 "
    u"kötü*:-2.2 berbat*:-3 rezalet*:-3 rezil*:-3 korkunç*:-3 bozuk*:-2 kırık*:-2 hasarlı*:-2 "
    u"yırtık*:-2 defolu*:-2.4 yanlış*:-1.5 eksik*:-1.5 geç:-1.2 gecikme*:-1.5 maalesef:-1.5 "
    u"üzgün*:-2 sinir*:-2 kızgın*:-2.4 pişman*:-2.4 sorun*:-1.5 problem*:-1.5 şikayet*:-1.5 "
    u"dolandırıcı*:-3 sahte*:-2.5 iade:-0.6 kalitesiz*:-2.4 ucuz:-0.8 çirkin*:-2.4 dar:-0.6 "
    u"rahatsız*:-2.2 vasat*:-1.5 hayal_kırıklığı:-2.4 kırıklığı:-2.4 yavaş*:-1 pahalı*:-0.8 "
    u"saçma*:-2 felaket*:-3 perişan*:-2.5 kayıp:-1.5 kaybol*:-1.5 çöp*:-2.8",
    u"çok:0.3 cok:0.3 gerçekten:0.3 son_derece:0.5 tamamen:0.3 aşırı:0.4 asiri:0.4 oldukça:0.1 "
    u"en:0.2 fazla:0.15 biraz:-0.3 az:-0.3 hafif:-0.3 pek:-0.2",
    u"değil degil yok hiç hic asla hiçbir",
    u"ama fakat ancak lakin yalnız",
    true,
    true,
};

constexpr SentimentLexiconData kFrench {
    u"adore:3 adoré:3 aime:2 aimé:2 j'aime:2 magnifique*:3 parfait*:3 excellent*:3 superbe*:3 génial*:2.8 "
    u"merveilleu*:3 fantastique*:3 formidable*:3 incroyable*:3 super:2.2 top:2.2 bien:1.2 bon:1.6 bonne:1.6 "
    u"bons:1.6 bonnes:1.6 meilleur*:2.2 beau:2 belle:2 beaux:2 belles:2 joli*:2 content*:2 ravi*:2.8 "
    u"heureu*:2.2 satisfait*:1.8 confortable*:1.8 doux:1.2 douce:1.2 recommande:2 recommandé:1.8 merci:0.6 "
    u"rapide*:1 sympa*:1.6 agréable*:1.8 qualité:0.4 élégant*:2 impeccable*:2.8 idéal*:2 pratique*:1.2 "
    u"mauvais*:-2.2 mal:-1.8 nul:-2.6 nulle:-2.6 horrible*:-3 terrible*:-2.6 affreu*:-3 décevant*:-2.4 "
    u"déçu*:-2.4 déception*:-2.4 triste*:-2 fâché*:-2.4 énervé*:-2.2 cassé*:-2 abîmé*:-2 endommagé*:-2 "
    u"défectueu*:-2.4 erreur*:-1.5 manque:-1.5 manquant*:-1.5 retard*:-1.5 malheureusement:-1.5 "
    u"inconfortable*:-2.2 problème*:-1.5 plainte*:-1.5 arnaque*:-3 escroquerie*:-3 inacceptable*:-3 pire:-2.4 "
    u"perdu*:-1.5 lent*:-1 rembourse*:-0.4 retour:-0.3 moche*:-2.4 cher:-0.6 chère:-0.6 "
    u"catastrophe*:-3 catastrophique*:-3 médiocre*:-1.8 honteu*:-2.8 inutilisable*:-2.8 dommage:-1.5",
    u"très:0.3 vraiment:0.3 trop:0.2 tellement:0.3 extrêmement:0.5 super:0.4 totalement:0.3 complètement:0.3 "
    u"absolument:0.4 particulièrement:0.2 assez:0.1 plutôt:-0.1 peu:-0.4 légèrement:-0.4 un_peu:-0.3",
    u"pas ne n jamais rien aucun aucune sans ni personne",
    u"mais cependant pourtant toutefois sauf",
    true,
    false,
};

constexpr const char16_t* kSymbols
    = u"😍:3 🥰:3 🤩:3 😊:2 🙂:1 😀:2 😃:2 😄:2 😁:2 😆:1.5 😂:1 🤣:1 😘:2 😻:2.5 ❤:2.5 ♥:2.5 "
      u"💕:2.5 "
      u"💖:2.5 💗:2.5 💓:2.5 💞:2.5 💯:2 👍:2 👌:1.5 🙌:2 👏:2 🎉:2 ✨:1 🔥:1.5 ⭐:1.5 🌟:1.5 😎:1.5 "
      u"🤗:2 🥳:2.5 ☺:2 😇:2 🙏:1 💪:1.5 😡:-3 🤬:-3 😠:-2.5 😤:-2 😞:-2 😔:-1.5 😢:-2 😭:-2 "
      u"😩:-2 "
      u"😫:-2 😒:-1.5 🙁:-1.5 ☹:-2 😕:-1 😟:-1.5 👎:-2 💩:-2 🤮:-3 🤢:-2.5 😱:-1.5 😬:-1 🙄:-1.5 "
      u"💔:-2.5 "
      u"😖:-2 😣:-1.5 😑:-1 😐:-0.5 "
      u":):1.5 :-):1.5 :]:1.5 =):1.5 :D:2 :-D:2 xD:1.5 XD:1.5 ;):1 ;-):1 :P:0.8 :-P:0.8 <3:2.5 "
      u":(:-1.5 :-(:-1.5 :[:-1.5 =(:-1.5 :'(:-2 :/:-1 :-/:-1 >:(:-2.5 :@:-2.5 </3:-2.5";

} // namespace

const SentimentLexiconData* sentimentLexicon(const QString& languageCode)
{
    if (languageCode == u"en")
        return &kEnglish;
    if (languageCode == u"de")
        return &kGerman;
    if (languageCode == u"es")
        return &kSpanish;
    if (languageCode == u"tr")
        return &kTurkish;
    if (languageCode == u"fr")
        return &kFrench;
    return nullptr;
}

const char16_t* sentimentSymbols()
{
    return kSymbols;
}

} // namespace flywheel::text
