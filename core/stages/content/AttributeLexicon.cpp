#include "stages/content/AttributeLexicon.h"

#include <array>
#include <string_view>

namespace flywheel::content {

namespace {
using namespace std::string_view_literals;

/// Words of one attribute in one language. Entries are separated by '|'; "a=b=c" makes b and c
/// spellings of the canonical a; a leading '~' marks a word that is also an everyday word.
struct WordList {
    std::string_view attribute;
    std::string_view language;
    std::string_view words;
};

// Labels before a value on a page ("Material: ..."), option names and tag prefixes. The first label
// of a language is how a suggested sentence labels the attribute in that language.
constexpr std::array kLabels = {
    WordList { "colour"sv, "en"sv, "colour|color|colours|colors|colourway|colorway|shade"sv },
    WordList { "colour"sv, "de"sv, "farbe|farben"sv },
    WordList { "colour"sv, "es"sv, "color|colores"sv },
    WordList { "colour"sv, "fr"sv, "couleur|couleurs"sv },
    WordList { "colour"sv, "tr"sv, "renk|renkler"sv },
    WordList { "size"sv, "en"sv, "size|sizes"sv },
    WordList { "size"sv, "de"sv, "größe|grösse"sv },
    WordList { "size"sv, "es"sv, "talla|tallas"sv },
    WordList { "size"sv, "fr"sv, "taille|tailles"sv },
    WordList { "size"sv, "tr"sv, "beden|numara"sv },
    WordList { "material"sv, "en"sv,
        "material|materials|fabric|fabrics|composition|shell|outer|upper|lining|fill|made of|main material"sv },
    WordList { "material"sv, "de"sv, "material|stoff|obermaterial|zusammensetzung"sv },
    WordList { "material"sv, "es"sv, "material|tejido|tela|composición"sv },
    WordList { "material"sv, "fr"sv, "matière|tissu|composition"sv },
    WordList { "material"sv, "tr"sv, "malzeme|kumaş|materyal"sv },
    WordList { "fit"sv, "en"sv, "fit|sizing|cut|fit and sizing|fit & sizing"sv },
    WordList { "fit"sv, "de"sv, "passform|schnitt"sv },
    WordList { "fit"sv, "es"sv, "ajuste|corte"sv },
    WordList { "fit"sv, "fr"sv, "coupe"sv },
    WordList { "fit"sv, "tr"sv, "kalıp"sv },
    WordList { "pattern"sv, "en"sv, "pattern|print"sv },
    WordList { "pattern"sv, "de"sv, "muster"sv },
    WordList { "pattern"sv, "es"sv, "estampado"sv },
    WordList { "pattern"sv, "fr"sv, "motif"sv },
    WordList { "pattern"sv, "tr"sv, "desen"sv },
    WordList { "season"sv, "en"sv, "season|seasons"sv },
    WordList { "season"sv, "de"sv, "saison|jahreszeit"sv },
    WordList { "season"sv, "es"sv, "temporada"sv },
    WordList { "season"sv, "fr"sv, "saison"sv },
    WordList { "season"sv, "tr"sv, "sezon|mevsim"sv },
    WordList { "care"sv, "en"sv, "care|care instructions|washing|washing instructions|cleaning"sv },
    WordList { "care"sv, "de"sv, "pflege|pflegehinweise"sv },
    WordList { "care"sv, "es"sv, "cuidado|cuidados|lavado"sv },
    WordList { "care"sv, "fr"sv, "entretien"sv },
    WordList { "care"sv, "tr"sv, "bakım|yıkama"sv },
    WordList { "dimensions"sv, "en"sv, "dimensions|measurements|measures|length|width|height|depth|diameter"sv },
    WordList { "dimensions"sv, "de"sv, "maße|abmessungen|länge"sv },
    WordList { "dimensions"sv, "es"sv, "medidas|dimensiones"sv },
    WordList { "dimensions"sv, "fr"sv, "dimensions"sv },
    WordList { "dimensions"sv, "tr"sv, "ölçüler|boyutlar"sv },
    WordList { "weight"sv, "en"sv, "weight|net weight"sv },
    WordList { "weight"sv, "de"sv, "gewicht"sv },
    WordList { "weight"sv, "es"sv, "peso"sv },
    WordList { "weight"sv, "fr"sv, "poids"sv },
    WordList { "weight"sv, "tr"sv, "ağırlık"sv },
    WordList { "waterproof"sv, "en"sv, "waterproof|waterproofing|water resistance|weather|weatherproofing"sv },
    WordList { "waterproof"sv, "de"sv, "wasserdicht|wetterschutz"sv },
    WordList { "waterproof"sv, "es"sv, "impermeable|impermeabilidad"sv },
    WordList { "waterproof"sv, "fr"sv, "imperméabilité|imperméable"sv },
    WordList { "waterproof"sv, "tr"sv, "su geçirmezlik"sv },
    WordList { "performance"sv, "en"sv, "features|performance|technology"sv },
    WordList { "performance"sv, "de"sv, "eigenschaften"sv },
    WordList { "performance"sv, "es"sv, "características"sv },
    WordList { "performance"sv, "fr"sv, "caractéristiques"sv },
    WordList { "performance"sv, "tr"sv, "özellikler"sv },
    WordList { "warmth"sv, "en"sv, "warmth|insulation|temperature rating|comfort rating"sv },
    WordList { "warmth"sv, "de"sv, "wärme|isolierung"sv },
    WordList { "warmth"sv, "es"sv, "calidez|aislamiento"sv },
    WordList { "warmth"sv, "fr"sv, "chaleur|isolation"sv },
    WordList { "warmth"sv, "tr"sv, "sıcaklık|yalıtım"sv },
    WordList { "origin"sv, "en"sv, "origin|made in|country of origin"sv },
    WordList { "origin"sv, "de"sv, "herkunft|hergestellt in"sv },
    WordList { "origin"sv, "es"sv, "origen|fabricado en"sv },
    WordList { "origin"sv, "fr"sv, "origine|fabriqué en"sv },
    WordList { "origin"sv, "tr"sv, "menşei|üretim yeri"sv },
    WordList { "warranty"sv, "en"sv, "warranty|guarantee"sv },
    WordList { "warranty"sv, "de"sv, "garantie"sv },
    WordList { "warranty"sv, "es"sv, "garantía"sv },
    WordList { "warranty"sv, "fr"sv, "garantie"sv },
    WordList { "warranty"sv, "tr"sv, "garanti"sv },
    WordList { "compatibility"sv, "en"sv, "compatibility|compatible with|fits models"sv },
    WordList { "compatibility"sv, "de"sv, "kompatibilität|kompatibel mit"sv },
    WordList { "compatibility"sv, "es"sv, "compatibilidad|compatible con"sv },
    WordList { "compatibility"sv, "fr"sv, "compatibilité|compatible avec"sv },
    WordList { "compatibility"sv, "tr"sv, "uyumluluk"sv },
};

// The values pages state. Claims (waterproof, performance) can be negated.
constexpr std::array kValues = {
    WordList { "colour"sv, "en"sv,
        "black|white|off-white=off white|grey=gray|heather grey=heather gray|charcoal|~silver|red|burgundy|maroon|"
        "~wine|pink|~rose|blush|~coral|~orange|~rust|yellow|mustard|~gold|green|~olive|khaki|~sage|~mint|"
        "forest green|emerald|teal|turquoise|blue|navy|navy blue|indigo|cobalt|sky blue|light blue|dark blue|"
        "purple|lavender|lilac|violet|~plum|brown|~tan|~camel|beige|~cream|ivory|ecru|oatmeal|~sand|taupe|"
        "~chocolate|~natural|~stone|multicolour=multicolor=multi-colour=multi-color"sv },
    WordList { "colour"sv, "de"sv,
        "schwarz|weiß|grau|rot|rosa|gelb|grün|blau|marineblau|dunkelblau|hellblau|lila|violett|braun|beige|bunt"sv },
    WordList { "colour"sv, "es"sv,
        "negro|blanco|gris|rojo|rosa|naranja|amarillo|verde|azul|azul marino|morado|marrón|beige|dorado|plateado"sv },
    WordList { "colour"sv, "fr"sv,
        "noir|blanc|gris|rouge|rose|jaune|vert|bleu|bleu marine|violet|marron|beige|doré|argenté"sv },
    WordList { "colour"sv, "tr"sv,
        "siyah|beyaz|gri|kırmızı|pembe|turuncu|sarı|yeşil|mavi|lacivert|~mor|kahverengi|bej|krem"sv },
    WordList { "material"sv, "en"sv,
        "cotton|organic cotton|pima cotton|linen|wool|merino wool=merino|lambswool|cashmere|alpaca|mohair|silk|"
        "polyester|recycled polyester|nylon|recycled nylon|polyamide|elastane|spandex|lycra|viscose|rayon|modal|"
        "lyocell|tencel|bamboo|hemp|acrylic|leather|full-grain leather=full grain leather|suede|nubuck|"
        "faux leather|vegan leather|denim|canvas|fleece|poplin|twill|flannel|corduroy|chambray|velvet|tweed|"
        "~jersey|goose down|duck down|down fill|synthetic insulation|gore-tex|softshell|ripstop|mesh|rubber|"
        "eva foam|cork|jute|stainless steel|steel|aluminium=aluminum|titanium|brass|copper|sterling silver|wood|"
        "oak|walnut|glass|ceramic|porcelain|stoneware|plastic|silicone|polypropylene|polycarbonate|marble|"
        "recycled"sv },
    WordList { "material"sv, "de"sv,
        "baumwolle|bio-baumwolle|leinen|wolle|merinowolle|kaschmir|seide|leder|wildleder|viskose|elasthan|"
        "daunen"sv },
    WordList { "material"sv, "es"sv,
        "algodón|algodón orgánico|lino|lana|lana merino|cachemira|seda|poliéster|cuero|piel|ante|viscosa|"
        "elastano|plumón"sv },
    WordList {
        "material"sv, "fr"sv, "coton|coton bio|lin|laine|laine mérinos|cachemire|soie|cuir|daim|élasthanne|duvet"sv },
    WordList { "material"sv, "tr"sv,
        "pamuk|organik pamuk|keten|yün|merinos yünü|kaşmir|ipek|deri|süet|viskon|elastan|kaz tüyü"sv },
    WordList { "pattern"sv, "en"sv,
        "~solid|striped=stripe=stripes|pinstripe|plaid|tartan|gingham|checked=check pattern|houndstooth|"
        "herringbone|floral|paisley|polka dot=polka dots|camo=camouflage|leopard print|animal print|geometric|"
        "~graphic|colour block=color block=colorblock|tie-dye=tie dye|cable knit|ribbed|waffle knit|jacquard|"
        "fair isle|argyle|chevron|~printed"sv },
    WordList { "pattern"sv, "de"sv, "gestreift|kariert|geblümt|gepunktet|~uni"sv },
    WordList { "pattern"sv, "es"sv, "a rayas=rayas|de cuadros=cuadros|floral|~estampado|lunares"sv },
    WordList { "pattern"sv, "fr"sv, "rayé|à carreaux|fleuri|~imprimé|à pois|~uni"sv },
    WordList { "pattern"sv, "tr"sv, "çizgili|ekose|çiçekli|~desenli|puantiyeli|~düz"sv },
    WordList { "season"sv, "en"sv,
        "winter|summer|~spring|autumn|~fall|all-season=all season=all seasons=year-round=year round|"
        "three-season=3-season|four-season=4-season|transitional"sv },
    WordList { "season"sv, "de"sv, "winter|sommer|frühling|herbst|ganzjährig|übergangszeit"sv },
    WordList { "season"sv, "es"sv, "invierno|verano|primavera|otoño|todo el año"sv },
    WordList { "season"sv, "fr"sv, "hiver|été|printemps|automne|toutes saisons|mi-saison"sv },
    WordList { "season"sv, "tr"sv, "kış|kışlık|~yaz|yazlık|ilkbahar|sonbahar|dört mevsim"sv },
    WordList { "waterproof"sv, "en"sv,
        "waterproof=fully waterproof=seam-sealed=seam sealed=taped seams=fully taped seams|"
        "water-resistant=water resistant=weather-resistant=weather resistant|water-repellent=water repellent=dwr"sv },
    WordList { "waterproof"sv, "de"sv, "wasserdicht|wasserabweisend"sv },
    WordList { "waterproof"sv, "es"sv, "impermeable|resistente al agua|repelente al agua"sv },
    WordList { "waterproof"sv, "fr"sv, "imperméable|déperlant|résistant à l'eau"sv },
    WordList { "waterproof"sv, "tr"sv, "su geçirmez|suya dayanıklı|su itici"sv },
    WordList { "performance"sv, "en"sv,
        "breathable|windproof=wind-resistant=wind resistant|quick-dry=quick dry=quick-drying=fast drying|"
        "moisture-wicking=moisture wicking=wicking|uv protection=upf=sun protection|~stretch=four-way stretch=4-way "
        "stretch|packable|odour-resistant=odor-resistant=odour resistant=odor resistant|"
        "non-slip=anti-slip=slip-resistant|reflective|~lightweight"sv },
    WordList { "performance"sv, "de"sv, "atmungsaktiv|winddicht|schnelltrocknend|dehnbar"sv },
    WordList { "performance"sv, "es"sv, "transpirable|cortavientos|secado rápido|elástico"sv },
    WordList { "performance"sv, "fr"sv, "respirant|coupe-vent|séchage rapide|extensible"sv },
    WordList { "performance"sv, "tr"sv, "nefes alabilir|rüzgar geçirmez|hızlı kuruyan|esnek"sv },
    WordList { "warmth"sv, "en"sv,
        "insulated=insulation|fill power|temperature rating|thermal|fleece-lined=fleece lined|sherpa-lined"sv },
    WordList { "warmth"sv, "de"sv, "isoliert|gefüttert"sv },
    WordList { "warmth"sv, "es"sv, "aislado|forrado"sv },
    WordList { "warmth"sv, "fr"sv, "isolé|doublé"sv },
    WordList { "warmth"sv, "tr"sv, "yalıtımlı|astarlı"sv },
    WordList { "care"sv, "en"sv,
        "machine wash=machine washable=machine washed=machine-wash=washing machine|hand wash=hand washable=hand-wash|"
        "dry clean=dry clean only=dry-clean|do not tumble dry=no tumble dry|tumble dry=tumble-dry|"
        "line dry=hang dry=hang to dry|dry flat=lay flat to dry=dried flat|do not bleach=no bleach|"
        "iron low=cool iron|do not iron|spot clean|wipe clean=wipe with a damp cloth|wash cold=cold wash|"
        "wool cycle=wool wash|gentle cycle=delicate cycle|dishwasher safe"sv },
    WordList { "care"sv, "de"sv,
        "maschinenwäsche=maschinenwaschbar|handwäsche|chemische reinigung|nicht im trockner trocknen|"
        "nicht bleichen|wollwaschgang"sv },
    WordList { "care"sv, "es"sv,
        "lavado a máquina=lavar a máquina|lavado a mano=lavar a mano|limpieza en seco|no usar secadora|"
        "no usar lejía"sv },
    WordList { "care"sv, "fr"sv,
        "lavable en machine=lavage en machine|lavage à la main|nettoyage à sec|ne pas sécher en machine|"
        "ne pas blanchir"sv },
    WordList { "care"sv, "tr"sv,
        "makinede yıkanabilir|elde yıkama|kuru temizleme|kurutma makinesine atmayın|çamaşır suyu kullanmayın"sv },
    WordList { "fit"sv, "en"sv,
        "true to size=true-to-size|runs small=fits small|runs large=runs big=fits large=fits big|slim fit=slim-fit|"
        "regular fit=standard fit|relaxed fit|loose fit=loose-fitting|oversized=oversize|tailored fit|"
        "athletic fit|boxy fit=boxy cut|wide fit=wide width|narrow fit=narrow width|standard width"sv },
    WordList { "fit"sv, "de"sv,
        "normale passform=fällt normal aus|fällt klein aus=fällt klein|fällt groß aus=fällt groß|"
        "schmale passform|weite passform"sv },
    WordList {
        "fit"sv, "es"sv, "talla normal|talla pequeña|talla grande|ajuste regular|ajuste holgado|ajuste ceñido"sv },
    WordList {
        "fit"sv, "fr"sv, "taille normalement|taille petit|taille grand|coupe ajustée|coupe droite|coupe ample"sv },
    WordList { "fit"sv, "tr"sv, "kalıbı normal|dar kalıp|bol kalıp|normal kalıp"sv },
    WordList { "warranty"sv, "en"sv, "lifetime warranty=lifetime guarantee|warranty|guarantee"sv },
    WordList { "warranty"sv, "de"sv, "garantie"sv },
    WordList { "warranty"sv, "es"sv, "garantía"sv },
    WordList { "warranty"sv, "fr"sv, "garantie"sv },
    WordList { "warranty"sv, "tr"sv, "garanti"sv },
    WordList { "compatibility"sv, "en"sv, "compatible with"sv },
    WordList { "compatibility"sv, "de"sv, "kompatibel mit"sv },
    WordList { "compatibility"sv, "es"sv, "compatible con"sv },
    WordList { "compatibility"sv, "fr"sv, "compatible avec"sv },
    WordList { "compatibility"sv, "tr"sv, "uyumlu"sv },
};

constexpr std::string_view kClaims = "waterproof|performance"sv;
// Words that turn a claim around when they come just before it ("not fully waterproof").
constexpr std::string_view kNegations = "not|no|isnt|isn't|never|nicht|kein|keine|nie|nunca|pas|jamais|degil|değil"sv;
constexpr std::array kYes = {
    std::pair { "en"sv, "yes"sv },
    std::pair { "de"sv, "ja"sv },
    std::pair { "es"sv, "sí"sv },
    std::pair { "fr"sv, "oui"sv },
    std::pair { "tr"sv, "evet"sv },
};

QString fromView(std::string_view text)
{
    return QString::fromUtf8(text.data(), static_cast<qsizetype>(text.size()));
}

/// The project's lists in English plus the store's own language: a German store's pages mix in
/// English words ("Softshell", "Fleece"), while a third language's words would only collide.
bool wanted(std::string_view language, const QString& storeLanguage)
{
    return language == "en"sv || fromView(language) == storeLanguage;
}

QString capitalized(const QString& word)
{
    return word.isEmpty() ? word : word.front().toUpper() + word.mid(1);
}
} // namespace

AttributeLexicon::AttributeLexicon(const text::Analyzer& analyzer)
    : m_analyzer(&analyzer)
    , m_language(analyzer.languageCode())
{
    for (const WordList& list : kLabels) {
        if (!wanted(list.language, m_language))
            continue;
        const QString attribute = fromView(list.attribute);
        const QStringList labels = fromView(list.words).split(u'|', Qt::SkipEmptyParts);
        for (const QString& label : labels)
            m_labels.insert(analyzer.fold(label), attribute);
        // The store's own language labels what Flywheel writes; English only when it has none.
        if (fromView(list.language) == m_language || !m_writtenLabels.contains(attribute))
            m_writtenLabels.insert(attribute, capitalized(labels.front()));
    }
    const QStringList claims = fromView(kClaims).split(u'|');
    for (const WordList& list : kValues) {
        if (!wanted(list.language, m_language))
            continue;
        const QString attribute = fromView(list.attribute);
        for (QString entry : fromView(list.words).split(u'|', Qt::SkipEmptyParts)) {
            KnownValue flags;
            flags.ambiguous = entry.startsWith(u'~');
            flags.claim = claims.contains(attribute);
            if (flags.ambiguous)
                entry.remove(0, 1);
            const QStringList spellings = entry.split(u'=', Qt::SkipEmptyParts);
            const QString canonical = analyzer.lowerCase(spellings.front());
            for (const QString& spelling : spellings)
                add(attribute, canonical, spelling, flags);
        }
    }
    for (const QString& negation : fromView(kNegations).split(u'|'))
        m_negations.insert(analyzer.fold(negation));
    for (const auto& [language, word] : kYes) {
        if (wanted(language, m_language))
            m_yes.insert(analyzer.fold(fromView(word)));
    }
}

QString AttributeLexicon::attributeOfLabel(QStringView label) const
{
    QString folded = m_analyzer->fold(label.trimmed());
    while (!folded.isEmpty() && !folded.back().isLetterOrNumber())
        folded.chop(1);
    return m_labels.value(folded);
}

QString AttributeLexicon::writtenLabel(const QString& attribute) const
{
    return m_writtenLabels.value(attribute);
}

QString AttributeLexicon::yesWord() const
{
    for (const auto& [language, word] : kYes) {
        if (fromView(language) == m_language)
            return fromView(word);
    }
    return QStringLiteral("yes");
}

bool AttributeLexicon::addValue(const QString& attribute, const QString& phrase, bool learned, bool ambiguous)
{
    KnownValue flags;
    flags.learned = learned;
    flags.ambiguous = ambiguous;
    flags.claim = fromView(kClaims).split(u'|').contains(attribute);
    return add(attribute, m_analyzer->lowerCase(phrase), phrase, flags);
}

bool AttributeLexicon::add(
    const QString& attribute, const QString& canonical, const QString& phrase, const KnownValue& flags)
{
    const QStringList phraseStems = stems(m_analyzer->tokens(phrase));
    if (phraseStems.isEmpty() || m_phrases.contains(phraseStems.join(u' ')))
        return false;
    KnownValue value = flags;
    value.attribute = attribute;
    value.value = canonical;
    m_index.add(phraseStems, static_cast<int>(m_values.size()));
    m_values.push_back(std::move(value));
    m_phrases.insert(phraseStems.join(u' '));
    for (const QString& stem : phraseStems)
        m_terms.insert(stem);
    return true;
}

QStringList AttributeLexicon::stems(const std::vector<text::Analyzer::Token>& tokens)
{
    QStringList out;
    for (const text::Analyzer::Token& token : tokens) {
        if (token.kind != text::Analyzer::Kind::Emoji)
            out.append(token.stem);
    }
    return out;
}

} // namespace flywheel::content
