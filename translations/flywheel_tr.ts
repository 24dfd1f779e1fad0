<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>Aggregation</name>
    <message>
        <source>There are no dated quantities up to %1 to forecast from.</source>
        <translation>%1 tarihine kadar tahmin yapılabilecek tarihli miktar yok.</translation>
    </message>
    <message>
        <source>The data runs from %1 to %2, which does not cover one complete period yet; forecast by a shorter period or add more history.</source>
        <translation>Veriler %1 ile %2 arasını kapsıyor ve bu henüz tam bir dönem etmiyor; tahmini daha kısa bir dönemle yapın ya da daha fazla geçmiş veri ekleyin.</translation>
    </message>
</context>
<context>
    <name>AnonymiseCommands</name>
    <message>
        <source>Name the copy to write: flywheel-cli --db STORE anonymise --out FILE.flywheel</source>
        <translation>Yazılacak kopyayı belirtin: flywheel-cli --db MAĞAZA anonymise --out DOSYA.flywheel</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) and their messages anonymised.</source>
        <translation>
            <numerusform>%1 yazıldı: %n müşteri ve mesajları anonimleştirildi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnonymisedCopy</name>
    <message>
        <source>%1 already exists. Choose another name for the anonymised copy.</source>
        <translation>%1 zaten var. Anonimleştirilmiş kopya için başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 oluşturulamadı (%2). Yazma izniniz olan bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not save your preferences to %1. Check that the folder can be written to.</source>
        <translation>Tercihleriniz %1 konumuna kaydedilemedi. Klasöre yazılabildiğini denetleyin.</translation>
    </message>
</context>
<context>
    <name>AttributeVocabulary</name>
    <message>
        <source>Waterproof</source>
        <translation>Su geçirmezlik</translation>
    </message>
    <message>
        <source>Washing and care</source>
        <translation>Yıkama ve bakım</translation>
    </message>
    <message>
        <source>Size and fit</source>
        <translation>Beden ve kalıp</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Malzeme</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Ölçüler</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Ağırlık</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garanti</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Uyumluluk</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Sıcak tutma</translation>
    </message>
    <message>
        <source>Where it is made</source>
        <translation>Üretim yeri</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Renk</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Bedenler</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Desen</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Sezon</translation>
    </message>
    <message>
        <source>Performance features</source>
        <translation>Performans özellikleri</translation>
    </message>
</context>
<context>
    <name>AutoForecast</name>
    <message numerus="yes">
        <source>No exponential smoothing model fits a history of %n period(s).</source>
        <translation>
            <numerusform>Hiçbir üstel düzeltme modeli %n dönemlik geçmiş veriye uymuyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown forecasting method.</source>
        <translation>Bilinmeyen tahmin yöntemi.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value before the first known one were left out.</source>
        <translation>
            <numerusform>İlk bilinen değerden önceki, değeri olmayan %n dönem dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value were filled in from their neighbours.</source>
        <translation>
            <numerusform>Değeri olmayan %n dönem, komşu dönemlerden dolduruldu.</numerusform>
        </translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 periods; %2 was asked for.</source>
        <translation>Tahmin ufku 1 ile %1 dönem arasında olmalıdır; %2 istendi.</translation>
    </message>
    <message numerus="yes">
        <source>%n one-off spike(s) were set to the usual level before fitting.</source>
        <translation>
            <numerusform>Model kurulmadan önce %n tek seferlik sıçrama olağan düzeye çekildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No demand in the history, so the forecast is zero.</source>
        <translation>Geçmiş veride talep yok, bu yüzden tahmin sıfır.</translation>
    </message>
    <message>
        <source>Only one period of history: the forecast repeats it and cannot show a range yet.</source>
        <translation>Yalnızca bir dönemlik geçmiş veri var: tahmin bunu tekrarlar ve henüz bir aralık gösteremez.</translation>
    </message>
    <message>
        <source>No model could forecast this history; the last value is repeated.</source>
        <translation>Hiçbir model bu geçmiş veriden tahmin yapamadı; son değer tekrarlanıyor.</translation>
    </message>
</context>
<context>
    <name>Backtest</name>
    <message>
        <source>A backtest of %1 period(s) from %2 origin(s) needs more than %3 periods of history; this one has %4.</source>
        <translation>%2 başlangıç noktasından %1 dönemlik geriye dönük test için %3 dönemden fazla geçmiş veri gerekir; bu veride %4 dönem var.</translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>There is no import batch %1. Run &quot;flywheel-cli batches&quot; to list them.</source>
        <translation>%1 numaralı bir içe aktarma yok. Hepsini görmek için &quot;flywheel-cli batches&quot; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>%1 numaralı içe aktarma zaten %2 tarihinde geri alındı.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone on its own: later imports (batch %2) changed or added to the same records. Undo those first, newest first; nothing was changed.</source>
        <translation>%1 numaralı içe aktarma tek başına geri alınamaz: sonraki içe aktarmalar (%2 numaralı) aynı kayıtları değiştirdi ya da bunlara ekleme yaptı. Önce onları en yeniden başlayarak geri alın; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The time zone America/New_York is not available on this computer, so the demo store&apos;s order times cannot be written. Install the system&apos;s time zone data and try again.</source>
        <translation>America/New_York saat dilimi bu bilgisayarda yok, bu yüzden demo mağazanın sipariş saatleri yazılamıyor. Sistemin saat dilimi verilerini kurup yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>CategorySeason</name>
    <message>
        <source>The history shows no season of its own, so its category&apos;s seasonal pattern was applied at %1 % strength.</source>
        <translation>Geçmiş veri kendine ait bir mevsimsellik göstermiyor; bu yüzden kategorisinin mevsimsel deseni yüzde %1 güçle uygulandı.</translation>
    </message>
    <message>
        <source>%1 series came with %2 categories; each series needs one category (or none).</source>
        <translation>%1 seri için %2 kategori verildi; her serinin bir kategorisi olmalı (ya da hiç olmamalı).</translation>
    </message>
</context>
<context>
    <name>CollectionRanking</name>
    <message>
        <source>searches for “%1” up %2× (%3)</source>
        <translation>“%1” aramaları %2 kat arttı (%3)</translation>
    </message>
    <message>
        <source>sales up %1× (%2)</source>
        <translation>satışlar %1 kat arttı (%2)</translation>
    </message>
    <message>
        <source>sales down to %1 % of the usual</source>
        <translation>satışlar olağan düzeyin %%1 kadarına düştü</translation>
    </message>
    <message>
        <source>out of stock: moved to the end</source>
        <translation>stokta yok: sona taşındı</translation>
    </message>
    <message>
        <source>not on sale (draft or archived): moved to the end</source>
        <translation>satışta değil (taslak ya da arşivlenmiş): sona taşındı</translation>
    </message>
    <message numerus="yes">
        <source>only %n day(s) of cover left: kept below the products in stock</source>
        <translation>
            <numerusform>yalnızca %n günlük stok kaldı: stoktaki ürünlerin altında tutuldu</numerusform>
        </translation>
    </message>
    <message>
        <source>most of its sizes are out of stock: kept below the products in stock</source>
        <translation>bedenlerinin çoğu stokta yok: stoktaki ürünlerin altında tutuldu</translation>
    </message>
    <message>
        <source>%1 sold and %2 searches in the last %3 weeks</source>
        <translation>son %3 haftada %1 satış ve %2 arama</translation>
    </message>
    <message>
        <source>%1 sold per 100 search clicks</source>
        <translation>100 arama tıklaması başına %1 satış</translation>
    </message>
    <message>
        <source>%1 % margin</source>
        <translation>%%1 marj</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) of cover</source>
        <translation>
            <numerusform>%n haftalık stok</numerusform>
        </translation>
    </message>
    <message>
        <source>stock not known</source>
        <translation>stok bilinmiyor</translation>
    </message>
</context>
<context>
    <name>CollectionsImporter</name>
    <message>
        <source>collections list</source>
        <translation>koleksiyon listesi</translation>
    </message>
    <message>
        <source>the collection has no handle</source>
        <translation>koleksiyonun handle değeri yok</translation>
    </message>
    <message>
        <source>no product in the store has this handle; import the products first</source>
        <translation>mağazada bu handle değerine sahip ürün yok; önce ürünleri içe aktarın</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Could not open the column mapping %1 (%2).</source>
        <translation>%1 sütun eşleştirmesi açılamadı (%2).</translation>
    </message>
    <message>
        <source>The column mapping %1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 sütun eşleştirmesi geçerli bir JSON değil (%3. baytta %2).</translation>
    </message>
    <message>
        <source>The column mapping %1 names the delimiter &quot;%2&quot;; use one character such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;.</source>
        <translation>%1 sütun eşleştirmesi ayırıcı olarak &quot;%2&quot; belirtiyor; &quot;,&quot; ya da &quot;;&quot; gibi tek bir karakter veya &quot;tab&quot; kullanın.</translation>
    </message>
    <message>
        <source>Could not save the column mapping to %1 (%2).</source>
        <translation>Sütun eşleştirmesi %1 konumuna kaydedilemedi (%2).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1: refused, nothing imported.
  %2</source>
        <translation>%1: reddedildi, hiçbir şey içe aktarılmadı.
  %2</translation>
    </message>
    <message>
        <source>  A column mapping is a small JSON file given with --mapping FILE; the README shows one.</source>
        <translation>  Sütun eşleştirmesi, --mapping DOSYA ile verilen küçük bir JSON dosyasıdır; README dosyasında bir örneği var.</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; batch %3: %4 rows, %5 inserted, %6 updated, %7 unchanged, %8 rejected</source>
        <translation>%1 (%2) -&gt; içe aktarma %3: %4 satır, %5 eklendi, %6 güncellendi, %7 değişmedi, %8 reddedildi</translation>
    </message>
    <message>
        <source>  rejected rows and their reasons: %1</source>
        <translation>  reddedilen satırlar ve nedenleri: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  uyarı: %1</translation>
    </message>
    <message>
        <source>Name the store with --db STORE (a file; it is created when missing).</source>
        <translation>Mağazayı --db MAĞAZA ile belirtin (bir dosya; yoksa oluşturulur).</translation>
    </message>
    <message>
        <source>rejected rows with line and reason (CSV)</source>
        <translation>satır numarası ve nedeniyle reddedilen satırlar (CSV)</translation>
    </message>
    <message>
        <source>column mapping for unknown layouts (JSON)</source>
        <translation>tanınmayan düzenler için sütun eşleştirmesi (JSON)</translation>
    </message>
    <message>
        <source>Name the files to import: flywheel-cli --db STORE import FILE...</source>
        <translation>İçe aktarılacak dosyaları belirtin: flywheel-cli --db MAĞAZA import DOSYA...</translation>
    </message>
    <message>
        <source>--as-of takes a date such as 2026-10-31.</source>
        <translation>--as-of, 2026-10-31 gibi bir tarih alır.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 rows (%5 new, %6 changed, %7 rejected)%8
</source>
        <translation>%1  %2  %3  %4 satır (%5 yeni, %6 değişti, %7 reddedildi)%8
</translation>
    </message>
    <message>
        <source>  undone %1</source>
        <translation>  geri alındı: %1</translation>
    </message>
    <message>
        <source>Name one batch number: flywheel-cli --db STORE undo BATCH (see &quot;batches&quot;).</source>
        <translation>Bir içe aktarma numarası belirtin: flywheel-cli --db MAĞAZA undo NUMARA (bkz. &quot;batches&quot;).</translation>
    </message>
    <message>
        <source>Import batch %1 was taken out of the store.</source>
        <translation>%1 numaralı içe aktarma mağazadan çıkarıldı.</translation>
    </message>
    <message>
        <source>--scale takes small, medium or large.</source>
        <translation>--scale; small, medium ya da large alır.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed bir tam sayı alır.</translation>
    </message>
    <message>
        <source>Demo files and ground_truth.json are in %1</source>
        <translation>Demo dosyaları ve ground_truth.json şurada: %1</translation>
    </message>
    <message>
        <source>No analysis stages are installed in this version; imports and the data browser work without them.</source>
        <translation>Bu sürümde yüklü analiz aşaması yok; içe aktarma ve veri görüntüleyici bunlar olmadan da çalışır.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms, %4 actions. %5</source>
        <translation>%1: %2, %3 ms, %4 eylem. %5</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Henüz eylem yok.</translation>
    </message>
    <message>
        <source>Shopify product update: handle, title and the changed columns (CSV)</source>
        <translation>Shopify ürün güncellemesi: handle, başlık ve değişen sütunlar (CSV)</translation>
    </message>
    <message>
        <source>WooCommerce product import: ID or SKU and the changed columns (CSV)</source>
        <translation>WooCommerce ürün içe aktarımı: kimlik ya da stok kodu ve değişen sütunlar (CSV)</translation>
    </message>
    <message>
        <source>--advance takes a whole number of weeks.</source>
        <translation>--advance, hafta sayısı olarak bir tam sayı alır.</translation>
    </message>
    <message numerus="yes">
        <source>The demo store&apos;s history now runs to %1, %n week(s) past the generated history.</source>
        <translation>
            <numerusform>Demo mağazanın geçmişi artık %1 tarihine kadar uzanıyor; bu, oluşturulan geçmişin %n hafta ötesi.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2 orders (%3 lines), %4 new customers, %5 tickets, %6 reviews and %7 search report rows.</source>
        <translation>%1 tarihinden itibaren: %2 sipariş (%3 satır), %4 yeni müşteri, %5 talep, %6 yorum ve %7 arama raporu satırı.</translation>
    </message>
    <message>
        <source>Files and ground_truth.json are in %1</source>
        <translation>Dosyalar ve ground_truth.json şurada: %1</translation>
    </message>
</context>
<context>
    <name>ContentActions</name>
    <message numerus="yes">
        <source>%n review(s) say so; add to the description: “%1”.</source>
        <translation>
            <numerusform>%n yorum bunu söylüyor; açıklamaya ekleyin: “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog states it elsewhere; add to the description: “%1”.</source>
        <translation>Katalog bunu başka bir yerde belirtiyor; açıklamaya ekleyin: “%1”.</translation>
    </message>
    <message>
        <source>Neither the catalog nor the reviews say; write the answer into: “%1”.</source>
        <translation>Ne katalog ne de yorumlar bunu söylüyor; yanıtı şuraya yazın: “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer “%1” on the %2 page</source>
        <translation>“%1” sorusunu %2 sayfasında yanıtlayın</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) asked about %1 for %2, and the page does not say. Revenue at risk: %3 (each customer who had to ask, at the product&apos;s selling price).</source>
        <translation>
            <numerusform>%n müşteri %2 için %1 hakkında soru sordu ve sayfa bu konuda bilgi vermiyor. Risk altındaki gelir: %3 (sormak zorunda kalan her müşteri, ürünün satış fiyatıyla).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer tickets asking about %1 for this product, and fewer returns for that reason</source>
        <translation>Bu ürün için %1 hakkında soru soran talepler ve bu nedenle yapılan iadeler azalır</translation>
    </message>
    <message>
        <source>Tickets asking about %1 for %2, per 4 weeks</source>
        <translation>%2 için %1 hakkında soru soran talepler, 4 haftada bir</translation>
    </message>
    <message>
        <source>Add “%1” to the %2 page</source>
        <translation>“%1” bilgisini %2 sayfasına ekleyin</translation>
    </message>
    <message numerus="yes">
        <source>%1% of your %2 (%n product(s)) state it; this page does not.</source>
        <translation>
            <numerusform>%2 grubundaki ürünlerinizin (%n ürün) %%1 kadarı bunu belirtiyor; bu sayfa belirtmiyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shoppers find the %1 on the page instead of asking or leaving</source>
        <translation>Müşteriler %1 bilgisini sormak ya da ayrılmak yerine sayfada bulur</translation>
    </message>
    <message>
        <source>Orders of %1 and tickets about it, per 4 weeks</source>
        <translation>%1 siparişleri ve bu ürünle ilgili talepler, 4 haftada bir</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n product(s) “%1”</source>
        <translation>
            <numerusform>%n ürüne “%1” etiketini ekleyin</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pages say %1, but they lack the tag “%2” that %3 of your products carry, so filters, tag collections and searches by tag miss them: %4.</source>
        <translation>Sayfaları %1 diyor, ama ürünlerinizden %3 tanesinde bulunan “%2” etiketi bunlarda yok; bu yüzden filtreler, etiket koleksiyonları ve etikete göre aramalar bunları kaçırıyor: %4.</translation>
    </message>
    <message>
        <source>These products show up wherever the store lists “%1”</source>
        <translation>Bu ürünler, mağazanın “%1” listelediği her yerde görünür</translation>
    </message>
    <message>
        <source>Orders of these products, per 4 weeks</source>
        <translation>Bu ürünlerin siparişleri, 4 haftada bir</translation>
    </message>
</context>
<context>
    <name>ContentPush</name>
    <message>
        <source>“%1” was left out: fill in the part marked [[ ]] first, then accept it again.</source>
        <translation>“%1” dışarıda bırakıldı: önce [[ ]] ile işaretli kısmı doldurun, sonra yeniden kabul edin.</translation>
    </message>
    <message>
        <source>%1 was left out: Flywheel writes product files for Shopify and WooCommerce; this product came from %2.</source>
        <translation>%1 dışarıda bırakıldı: Flywheel, Shopify ve WooCommerce için ürün dosyaları yazar; bu ürün %2 kaynağından geldi.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you may write to.</source>
        <translation>%1 klasörü oluşturulamadı. Yazma izniniz olan bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>ContentQueries</name>
    <message>
        <source>Action %1 has no suggested edit; press Run to bring the suggestions up to date.</source>
        <translation>%1 numaralı eylemin önerilen bir düzenlemesi yok; önerileri güncellemek için Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>Fill in the part marked [[ ]] with what is true for this product, then accept it.</source>
        <translation>[[ ]] ile işaretli kısmı bu ürün için doğru olan bilgiyle doldurun, sonra kabul edin.</translation>
    </message>
</context>
<context>
    <name>ContentStage</name>
    <message>
        <source>content completeness (%)</source>
        <translation>içerik eksiksizliği (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read; %1 attribute values; %2 answers and %3 other edits suggested</source>
        <translation>
            <numerusform>%n ürün okundu; %1 özellik değeri; %2 yanıt ve %3 başka düzenleme önerildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>%n özellik değeri</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
</context>
<context>
    <name>ContentSuggestions</name>
    <message>
        <source>yes, water-resistant or no</source>
        <translation>evet, suya dayanıklı ya da hayır</translation>
    </message>
    <message>
        <source>how to wash it, e.g. machine wash cold</source>
        <translation>nasıl yıkanacağı, ör. makinede soğuk yıkama</translation>
    </message>
    <message>
        <source>e.g. true to size, runs small</source>
        <translation>ör. tam kalıp, dar kalıp</translation>
    </message>
    <message>
        <source>what it is made of</source>
        <translation>neyden yapıldığı</translation>
    </message>
    <message>
        <source>e.g. 30 × 20 × 10 cm</source>
        <translation>ör. 30 × 20 × 10 cm</translation>
    </message>
    <message>
        <source>e.g. 350 g</source>
        <translation>ör. 350 g</translation>
    </message>
    <message>
        <source>its colour</source>
        <translation>rengi</translation>
    </message>
    <message>
        <source>e.g. solid, striped</source>
        <translation>ör. düz, çizgili</translation>
    </message>
    <message>
        <source>e.g. all-season, winter</source>
        <translation>ör. dört mevsim, kış</translation>
    </message>
    <message>
        <source>e.g. breathable, windproof</source>
        <translation>ör. nefes alır, rüzgâr geçirmez</translation>
    </message>
    <message>
        <source>e.g. insulated, warm to -10 °C</source>
        <translation>ör. yalıtımlı, -10 °C&apos;ye kadar sıcak tutar</translation>
    </message>
    <message>
        <source>the country it is made in</source>
        <translation>üretildiği ülke</translation>
    </message>
    <message>
        <source>e.g. 2-year warranty</source>
        <translation>ör. 2 yıl garanti</translation>
    </message>
    <message>
        <source>what it works with</source>
        <translation>neyle uyumlu olduğu</translation>
    </message>
    <message>
        <source>the answer customers ask for</source>
        <translation>müşterilerin sorduğu sorunun yanıtı</translation>
    </message>
    <message>
        <source>fill in: %1</source>
        <translation>doldurun: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not open %1 (%2). Check that the file exists and that you may read it.</source>
        <translation>%1 açılamadı (%2). Dosyanın var olduğunu ve okuma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>%1 okunamadı (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line. Export the file again from its platform.</source>
        <translation>%1 boş: başlık satırı yok. Dosyayı platformundan yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or similar), not a CSV file. Open it in your spreadsheet program, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>%1 bir çalışma kitabı (Excel veya benzeri), CSV dosyası değil. Elektronik tablo programınızda açın, &quot;CSV UTF-8&quot; olarak kaydedin ve o dosyayı içe aktarın.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data, as pictures, archives and programs do. Flywheel reads CSV exports; export the data again as CSV.</source>
        <translation>%1 bir metin dosyası değil: resimler, arşivler ve programlar gibi ikili veri içeriyor. Flywheel CSV dışa aktarımlarını okur; verileri yeniden CSV olarak dışa aktarın.</translation>
    </message>
    <message>
        <source>The record starting on line %1 of %2 runs on for more than %3 MB, which no export does: the file is damaged (often a quote that never closes) or is not an export. Export it again from its platform.</source>
        <translation>%2 dosyasının %1. satırında başlayan kayıt %3 MB’tan uzun sürüyor; hiçbir dışa aktarım bunu yapmaz: dosya bozuk (çoğu zaman hiç kapanmayan bir tırnak) ya da bir dışa aktarım değil. Dosyayı platformundan yeniden dışa aktarın.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1 (%2). Check that the folder exists and that you may write there.</source>
        <translation>%1 oluşturulamadı (%2). Klasörün var olduğunu ve oraya yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Could not write all of %1 (%2). The disk may be full; free some space and try again.</source>
        <translation>%1 tamamen yazılamadı (%2). Disk dolmuş olabilir; biraz yer açıp yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>No customer has an order yet: import an orders export first.</source>
        <translation>Henüz hiçbir müşterinin siparişi yok: önce bir sipariş dışa aktarımını içe aktarın.</translation>
    </message>
    <message>
        <source>customer                          segment              P(alive)  orders 90d  value 12 months  on discount</source>
        <translation>müşteri                           segment              P(aktif) sipariş 90g      değer 12 ay    indirimli</translation>
    </message>
    <message numerus="yes">
        <source>Purchase model (BG/NBD, weeks) on %n customer(s): r %1, alpha %2, a %3, b %4.</source>
        <translation>
            <numerusform>Satın alma modeli (BG/NBD, hafta), %n müşteri: r %1, alpha %2, a %3, b %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase model: %1</source>
        <translation>Satın alma modeli: %1</translation>
    </message>
    <message numerus="yes">
        <source>Spend model (Gamma-Gamma, in %1) on %n repeat customer(s): p %2, q %3, v %4.</source>
        <translation>
            <numerusform>Harcama modeli (Gamma-Gamma, %1 cinsinden), tekrar alışveriş yapan %n müşteri: p %2, q %3, v %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend model: %1</source>
        <translation>Harcama modeli: %1</translation>
    </message>
</context>
<context>
    <name>CustomerScores</name>
    <message>
        <source>Scoring customers was cancelled.</source>
        <translation>Müşterilerin puanlanması iptal edildi.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full. Free some space and try again. (%1)</source>
        <translation>Disk dolu. Biraz yer açıp yeniden deneyin. (%1)</translation>
    </message>
    <message>
        <source>The store is busy in another program or window. Close it there and try again. (%1)</source>
        <translation>Mağaza başka bir programda ya da pencerede kullanılıyor. Orada kapatıp yeniden deneyin. (%1)</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a Flywheel store. Open a backup copy. (%1)</source>
        <translation>Mağaza dosyası bozuk ya da bir Flywheel mağazası değil. Bir yedek kopyayı açın. (%1)</translation>
    </message>
    <message>
        <source>The store file cannot be written or opened. Check that the folder exists and that you may write there. (%1)</source>
        <translation>Mağaza dosyası yazılamıyor ya da açılamıyor. Klasörün var olduğunu ve oraya yazma izniniz olduğunu denetleyin. (%1)</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>İşlem iptal edildi.</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>Mağaza bir hata bildirdi: %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Açılıyor: %1</translation>
    </message>
    <message>
        <source>Reading or writing the store failed: the disk may be full, removed or failing. Free some space or check the drive, then try again. (%1)</source>
        <translation>Mağaza okunamadı veya yazılamadı: disk dolu, çıkarılmış ya da arızalı olabilir. Biraz yer açın veya sürücüyü denetleyin, sonra yeniden deneyin. (%1)</translation>
    </message>
</context>
<context>
    <name>DemoAdvance</name>
    <message>
        <source>Advancing the demo store was cancelled.</source>
        <translation>Demo mağazanın ilerletilmesi iptal edildi.</translation>
    </message>
    <message>
        <source>This store was not created as a demo store, so there is no demo world to continue. Create a demo store (flywheel-cli --db NEW_STORE demo) and advance that one.</source>
        <translation>Bu mağaza demo mağaza olarak oluşturulmadı, bu yüzden sürdürülecek bir demo dünyası yok. Bir demo mağaza oluşturun (flywheel-cli --db YENİ_MAĞAZA demo) ve onu ilerletin.</translation>
    </message>
    <message>
        <source>A demo store advances by 1 to %1 weeks at a time; %2 is outside that. Choose a number of weeks in that range.</source>
        <translation>Bir demo mağaza tek seferde 1 ile %1 hafta arasında ilerletilebilir; %2 bu aralığın dışında. Bu aralıkta bir hafta sayısı seçin.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo store&apos;s next files. Check that you may write there, or choose another folder.</source>
        <translation>Demo mağazanın sonraki dosyaları için %1 klasörü oluşturulamadı. Oraya yazma izniniz olduğunu denetleyin ya da başka bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>Creating the demo store was cancelled.</source>
        <translation>Demo mağazanın oluşturulması iptal edildi.</translation>
    </message>
    <message>
        <source>No folder was given for the demo store&apos;s files. Choose a folder and try again.</source>
        <translation>Demo mağazanın dosyaları için klasör belirtilmedi. Bir klasör seçip yeniden deneyin.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo store&apos;s files. Check that you may write there.</source>
        <translation>Demo mağazanın dosyaları için %1 klasörü oluşturulamadı. Oraya yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check that the folder exists and that you may write there.</source>
        <translation>%1 yazılamadı (%2). Klasörün var olduğunu ve oraya yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>Importing the demo store&apos;s files was cancelled.</source>
        <translation>Demo mağaza dosyalarının içe aktarılması iptal edildi.</translation>
    </message>
</context>
<context>
    <name>DemoStoreBuilder</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>%1 klasörü oluşturulamadı.</translation>
    </message>
    <message>
        <source>Could not save the demo store as %1.</source>
        <translation>Demo mağaza %1 olarak kaydedilemedi.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>side by side in the title</source>
        <translation>başlıkta yan yana</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>satışlar</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>stokta yok</translation>
    </message>
    <message>
        <source>title</source>
        <translation>başlık</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tür</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>satıcı</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiketler</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>özellikler</translation>
    </message>
    <message>
        <source>description</source>
        <translation>açıklama</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” %2: %3</source>
        <translation>“%1” %2: %3</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>%2 içinde “%1”</translation>
    </message>
    <message>
        <source>“%1” read as “%2” (typo) in %3</source>
        <translation>%3 içinde “%1”, “%2” olarak okundu (yazım hatası)</translation>
    </message>
    <message>
        <source>“%1” completed to “%2” in %3</source>
        <translation>%3 içinde “%1”, “%2” olarak tamamlandı</translation>
    </message>
    <message>
        <source>“%1” found as its synonym “%2” in %3</source>
        <translation>%3 içinde “%1”, eş anlamlısı “%2” olarak bulundu</translation>
    </message>
    <message>
        <source>“%1” found as “%2” in %3</source>
        <translation>%3 içinde “%1”, “%2” olarak bulundu</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, satır %2, &quot;%3&quot; sütunu: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, satır %2: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EtsFit</name>
    <message>
        <source>%1 carries at most %2 seasonal states; a cycle of %3 periods is too long for it.</source>
        <translation>%1 en çok %2 mevsimsel durum taşıyabilir; %3 dönemlik bir döngü bunun için fazla uzun.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs more history than %n period(s).</source>
        <translation>
            <numerusform>%1, %n dönemden daha fazla geçmiş veri gerektirir.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 multiplies and needs every value above zero.</source>
        <translation>%1 çarpımsal çalışır ve tüm değerlerin sıfırdan büyük olmasını gerektirir.</translation>
    </message>
    <message>
        <source>%1 found no admissible start on this history.</source>
        <translation>%1 bu geçmiş veri için geçerli bir başlangıç bulamadı.</translation>
    </message>
    <message>
        <source>%1 found no admissible parameters on this history.</source>
        <translation>%1 bu geçmiş veri için geçerli parametre bulamadı.</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>evet</translation>
    </message>
    <message>
        <source>no</source>
        <translation>hayır</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>%1 satırları</translation>
    </message>
    <message>
        <source>Signal: %1 %2</source>
        <translation>Sinyal: %1 %2</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Sinyal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n satır: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>satır %1</translation>
    </message>
    <message>
        <source>No evidence was recorded for this action.</source>
        <translation>Bu eylem için kanıt kaydedilmedi.</translation>
    </message>
</context>
<context>
    <name>FlywheelCli</name>
    <message>
        <source>The store file to use (created when missing).</source>
        <translation>Kullanılacak mağaza dosyası (yoksa oluşturulur).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>MAĞAZA</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Makinenin okuyabileceği JSON yazdır.</translation>
    </message>
    <message>
        <source>import: read the files as this format.</source>
        <translation>import: dosyaları bu biçimde oku.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>AD</translation>
    </message>
    <message>
        <source>import: a column mapping JSON file for a layout Flywheel does not recognise.</source>
        <translation>import: Flywheel&apos;in tanımadığı bir düzen için sütun eşleştirmesi içeren JSON dosyası.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DOSYA</translation>
    </message>
    <message>
        <source>import: the day inventory levels were read (YYYY-MM-DD); default: the file&apos;s date.</source>
        <translation>import: stok düzeylerinin okunduğu gün (YYYY-AA-GG); varsayılan: dosyanın tarihi.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>TARİH</translation>
    </message>
    <message>
        <source>import: where rejects files go (default: beside the store).</source>
        <translation>import: reddedilen satır dosyalarının yazılacağı yer (varsayılan: mağazanın yanı).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KLASÖR</translation>
    </message>
    <message>
        <source>demo: small, medium or large.</source>
        <translation>demo: small, medium ya da large.</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>BOYUT</translation>
    </message>
    <message>
        <source>demo, run: the random seed.</source>
        <translation>demo, run: rastgele sayı tohumu.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What to do (see the list above).</source>
        <translation>Ne yapılacağı (yukarıdaki listeye bakın).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;flywheel-cli --help&quot; for the list.</source>
        <translation>Bilinmeyen komut: &quot;%1&quot;. Liste için &quot;flywheel-cli --help&quot; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>run, actions, push: only this stage.</source>
        <translation>run, actions, push: yalnızca bu aşama.</translation>
    </message>
    <message>
        <source>forecast: the sales file (CSV with date,sku,qty).</source>
        <translation>forecast: satış dosyası (date,sku,qty sütunlu CSV).</translation>
    </message>
    <message>
        <source>forecast: how many periods ahead.</source>
        <translation>forecast: kaç dönem ilerisi.</translation>
    </message>
    <message>
        <source>forecast: day, week or month (default week).</source>
        <translation>forecast: day, week ya da month (varsayılan: week).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>DÖNEM</translation>
    </message>
    <message>
        <source>search: how many results.</source>
        <translation>search: kaç sonuç.</translation>
    </message>
    <message>
        <source>search: show which words, fields and rules gave each result its score.</source>
        <translation>search: her sonucun puanını hangi sözcüklerin, alanların ve kuralların verdiğini göster.</translation>
    </message>
    <message>
        <source>search: a file with one query per line.</source>
        <translation>search: her satırda bir sorgu bulunan dosya.</translation>
    </message>
    <message>
        <source>forecast: only the variants with this SKU.</source>
        <translation>forecast: yalnızca bu SKU&apos;ya sahip varyantlar.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>demo: write and import the demo store&apos;s next WEEKS weeks.</source>
        <translation>demo: demo mağazanın sonraki HAFTA haftasını yaz ve içe aktar.</translation>
    </message>
    <message>
        <source>WEEKS</source>
        <translation>HAFTA</translation>
    </message>
    <message>
        <source>run: run every stage, even those with nothing new to read.</source>
        <translation>run: okuyacak yeni bir şeyi olmayanlar da dahil her aşamayı çalıştır.</translation>
    </message>
    <message>
        <source>push: every accepted action.</source>
        <translation>push: kabul edilen tüm eylemler.</translation>
    </message>
    <message>
        <source>Flywheel&apos;s engine without the window: imports store exports, runs the analytics and lists the actions.

Commands:
  formats                       every format Flywheel reads
  import FILE...                import export files into the store
  stats                         row counts of the store&apos;s tables
  batches                       the imports made so far
  undo BATCH                    take one import back out of the store
  demo                          create the demo store (files and store)
  demo --advance WEEKS          the demo store&apos;s next weeks, reacting to the actions pushed so far
  run                           run the stages of the wheel
  actions                       list the recommended actions
  tickets                       tickets with their sentiment, intent, tags, products and questions
  gaps                          content gaps: what customers ask that product pages do not say
  accept ID...                  accept actions
  dismiss ID...                 dismiss actions (they return only when their evidence grows)
  push (ID...|--accepted) --out DIR  write these actions, or every accepted one, as files to import, with a manifest
  push --stage STAGE --out DIR  the same for the accepted actions of content, search, merchandising, inventory or promotions
  outcomes                      what each pushed action did, or when it will be measured
  report --out FILE             the weekly report as a web page (.html) or an A4 PDF (.pdf)
  anonymise --out FILE          a copy of the store to share, with customers&apos; emails, names, phones and addresses taken out
  forecast --series FILE --horizon N  forecast each SKU of a date,sku,qty sales file (no store needed)
  forecast [--sku SKU]          forecast the store&apos;s variants (--horizon in weeks)
  backtest                      how each variant&apos;s forecast fared on its last weeks held out
  search WORDS...               search the catalog as shoppers do (--explain shows why each result is there)
  search --batch FILE           one query per line, one JSON line of results per query
  customers                     each customer&apos;s segment, chance of still being a customer, expected orders and value
  clv                           the fitted purchase and spend models&apos; parameters</source>
        <translation>Penceresiz Flywheel motoru: mağaza dışa aktarımlarını içe aktarır, analizleri çalıştırır ve eylemleri listeler.

Komutlar:
  formats                       Flywheel&apos;in okuduğu tüm biçimler
  import DOSYA...               dışa aktarım dosyalarını mağazaya aktar
  stats                         mağaza tablolarının satır sayıları
  batches                       şimdiye kadarki içe aktarmalar
  undo NUMARA                   bir içe aktarmayı mağazadan geri al
  demo                          demo mağazayı oluştur (dosyalar ve mağaza)
  demo --advance HAFTA          demo mağazanın sonraki haftaları; şimdiye kadar gönderilen eylemlere tepki verir
  run                           döngünün aşamalarını çalıştır
  actions                       önerilen eylemleri listele
  tickets                       duygu, talep türü, etiket, ürün ve sorularıyla talepler
  gaps                          içerik boşlukları: müşterilerin sorduğu ama ürün sayfalarının söylemediği şeyler
  accept ID...                  eylemleri kabul et
  dismiss ID...                 eylemleri yok say (yalnızca kanıtları artarsa geri gelirler)
  push (ID...|--accepted) --out KLASÖR  bu eylemleri ya da kabul edilen tüm eylemleri bir manifest dosyasıyla birlikte içe aktarılacak dosyalar olarak yaz
  push --stage AŞAMA --out KLASÖR  content, search, merchandising, inventory ya da promotions aşamasının kabul edilen eylemleri için aynısı
  outcomes                      gönderilen her eylemin ne sağladığı ya da ne zaman ölçüleceği
  report --out DOSYA            haftalık rapor; web sayfası (.html) ya da A4 PDF (.pdf) olarak
  anonymise --out DOSYA         paylaşmak için mağazanın bir kopyası; müşterilerin e-postaları, adları, telefonları ve adresleri çıkarılmış olarak
  forecast --series DOSYA --horizon N  date,sku,qty satış dosyasındaki her SKU için tahmin yap (mağaza gerekmez)
  forecast [--sku SKU]          mağazanın varyantları için tahmin yap (--horizon hafta cinsinden)
  backtest                      her varyantın tahmininin dışarıda tutulan son haftalarında ne kadar isabetli olduğu
  search SÖZCÜKLER...           kataloğu müşteriler gibi ara (--explain her sonucun neden orada olduğunu gösterir)
  search --batch DOSYA          satır başına bir sorgu, sorgu başına bir JSON sonuç satırı
  customers                     her müşterinin segmenti, hâlâ müşteri olma olasılığı, beklenen siparişleri ve değeri
  clv                           kurulan satın alma ve harcama modellerinin parametreleri</translation>
    </message>
    <message>
        <source>demo: folder for the export files (default: beside the store); push: folder for the product files (default: the current folder); report: the file to write (.html or .pdf); anonymise: the copy to write.</source>
        <translation>demo: dışa aktarım dosyaları için klasör (varsayılan: mağazanın yanı); push: ürün dosyaları için klasör (varsayılan: geçerli klasör); report: yazılacak dosya (.html ya da .pdf); anonymise: yazılacak kopya.</translation>
    </message>
</context>
<context>
    <name>ForecastCommands</name>
    <message>
        <source>%1: no forecast. %2</source>
        <translation>%1: tahmin yok. %2</translation>
    </message>
    <message>
        <source>  period        forecast      80 % range          95 % range</source>
        <translation>  dönem           tahmin      % 80 aralık         % 95 aralık</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of periods from 1 to %1, such as 12.</source>
        <translation>--horizon, 1 ile %1 arasında tam sayı olarak dönem sayısı alır; örneğin 12.</translation>
    </message>
    <message>
        <source>--by takes day, week or month.</source>
        <translation>--by; day, week ya da month alır.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a readable date, SKU or quantity were skipped (%1).</source>
        <translation>
            <numerusform>Okunabilir tarihi, stok kodu ya da miktarı olmayan %n satır atlandı (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No variant in this store has the SKU &quot;%1&quot;. Check the spelling, or run without --sku to forecast every variant.</source>
        <translation>Bu mağazada &quot;%1&quot; SKU&apos;suna sahip bir varyant yok. Yazımı kontrol edin ya da tüm varyantlar için tahmin yapmak üzere komutu --sku olmadan çalıştırın.</translation>
    </message>
    <message>
        <source>No variant has enough sales history for a backtest yet (16 periods).</source>
        <translation>Henüz hiçbir varyantın geriye dönük test için yeterli satış geçmişi yok (16 dönem).</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s) backtested on their last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range held %4 % of the time, the 95 % range %5 %.</source>
        <translation>
            <numerusform>%n tahmin, dışarıda tutulan son dönemlerinde geriye dönük teste tabi tutuldu: WAPE yüzde %1, yanlılık yüzde %2, MASE %3; yüzde 80 aralığı zamanın yüzde %4 kadarında, yüzde 95 aralığı yüzde %5 kadarında tuttu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the sales file: flywheel-cli forecast --series FILE --horizon N (a CSV with date,sku,qty), or the store: flywheel-cli --db STORE forecast.</source>
        <translation>Satış dosyasını belirtin: flywheel-cli forecast --series DOSYA --horizon N (date,sku,qty sütunlu bir CSV) ya da mağazayı: flywheel-cli --db MAĞAZA forecast.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>değişiklik yok</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>−%1</source>
        <translation>−%1</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 puan</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>az önce</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n dakika önce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n saat önce</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>dün</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n gün önce</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>No period of the history has a value; there is nothing to forecast from.</source>
        <translation>Geçmiş verinin hiçbir döneminde değer yok; tahmin yapılacak bir şey yok.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the line has %1 of the %2 columns: it was cut off or a quote was left open; check the file or export it again</source>
        <translation>satırda %2 sütunun yalnızca %1 tanesi var: satır kesilmiş ya da bir tırnak kapatılmamış; dosyayı denetleyin ya da yeniden dışa aktarın</translation>
    </message>
    <message>
        <source>Flywheel does not know the format &quot;%1&quot;. Run &quot;flywheel-cli formats&quot; to list the formats it reads.</source>
        <translation>Flywheel &quot;%1&quot; biçimini tanımıyor. Okuyabildiği biçimleri görmek için &quot;flywheel-cli formats&quot; komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The columns of this file (%1) match no export format Flywheel reads. Check that it is an export from your store, help desk or inventory tool; if it is, import it with a column mapping that names which of its columns is which.</source>
        <translation>Bu dosyanın sütunları (%1), Flywheel&apos;in okuduğu hiçbir dışa aktarım biçimine uymuyor. Dosyanın mağazanızdan, destek sisteminizden ya da stok aracınızdan alınmış bir dışa aktarım olduğunu denetleyin; öyleyse, hangi sütunun ne olduğunu belirten bir sütun eşleştirmesiyle içe aktarın.</translation>
    </message>
    <message>
        <source>A %1 needs the column(s) %2, which this file does not have. Export the file again with all its columns, or import it with a column mapping.</source>
        <translation>%1 olarak okunması için dosyada %2 sütunları gerekir, ama bunlar yok. Dosyayı tüm sütunlarıyla yeniden dışa aktarın ya da bir sütun eşleştirmesiyle içe aktarın.</translation>
    </message>
    <message>
        <source>the line has %1 columns where the header has %2; a value may contain an unquoted delimiter</source>
        <translation>satırda %1 sütun var, başlıkta ise %2; bir değer tırnak içine alınmamış bir ayırıcı içeriyor olabilir</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from this file was kept.</source>
        <translation>İçe aktarma iptal edildi; bu dosyadan hiçbir şey tutulmadı.</translation>
    </message>
    <message>
        <source>This exact file was imported before (batch %1); nothing was added twice.</source>
        <translation>Bu dosyanın aynısı daha önce içe aktarılmış (%1 numaralı içe aktarma); hiçbir şey iki kez eklenmedi.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The columns chosen for %1 were not saved: %2</source>
        <translation>%1 için seçilen sütunlar kaydedilmedi: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import was cancelled before this file.</source>
        <translation>İçe aktarma bu dosyadan önce iptal edildi.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <source>Cannot be read; it will be skipped</source>
        <translation>Okunamıyor; atlanacak</translation>
    </message>
    <message>
        <source>Layout not recognised; you choose its columns next</source>
        <translation>Düzen tanınmadı; sıradaki adımda sütunlarını siz seçeceksiniz</translation>
    </message>
    <message>
        <source>%1; you choose its columns next</source>
        <translation>%1; sıradaki adımda sütunlarını siz seçeceksiniz</translation>
    </message>
    <message>
        <source>%1, with the columns you saved</source>
        <translation>%1, kaydettiğiniz sütunlarla</translation>
    </message>
    <message>
        <source>%1, with the columns you chose</source>
        <translation>%1, seçtiğiniz sütunlarla</translation>
    </message>
</context>
<context>
    <name>IntentRules</name>
    <message>
        <source>Order status</source>
        <translation>Sipariş durumu</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Sipariş iptali</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Sipariş değişikliği</translation>
    </message>
    <message>
        <source>Wrong or damaged item</source>
        <translation>Yanlış ya da hasarlı ürün</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>İade</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Para iadesi</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Teslimat sorunu</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Kargo koşulları</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Ürün sorusu</translation>
    </message>
    <message>
        <source>Sizing and fit</source>
        <translation>Beden ve kalıp</translation>
    </message>
    <message>
        <source>Product recommendation</source>
        <translation>Ürün önerisi</translation>
    </message>
    <message>
        <source>Discount or code problem</source>
        <translation>İndirim ya da kod sorunu</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Ödeme</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Hesap</translation>
    </message>
    <message>
        <source>Positive feedback</source>
        <translation>Olumlu geri bildirim</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Olumsuz geri bildirim</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
</context>
<context>
    <name>IntermittentForecast</name>
    <message>
        <source>The history has no period with demand, so there is nothing to smooth.</source>
        <translation>Geçmiş veride talep olan dönem yok, bu yüzden düzeltilecek bir şey yok.</translation>
    </message>
</context>
<context>
    <name>InventoryActions</name>
    <message numerus="yes">
        <source>%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point %5, order up to %6, for %n day(s) of lead time at a %7 % service level.</source>
        <translation>
            <numerusform>%1 mevcut, %2 yolda; tahmin (%3) haftada %4 bekliyor. %n günlük tedarik süresi ve yüzde %7 hizmet düzeyi için yeniden sipariş noktası %5, hedef stok düzeyi %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to sell out on %1.</source>
        <translation>%1 tarihinde tükenmesi bekleniyor.</translation>
    </message>
    <message>
        <source>Revenue at risk before new stock could arrive: %1.</source>
        <translation>Yeni stok gelene kadar risk altındaki gelir: %1.</translation>
    </message>
    <message numerus="yes">
        <source>On the last %n held-out period(s) this forecast was off by %1 % (WAPE).</source>
        <translation>
            <numerusform>Dışarıda tutulan son %n dönemde bu tahmin yüzde %1 saptı (WAPE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder %1 × %2</source>
        <translation>Yeniden sipariş verin: %1 × %2</translation>
    </message>
    <message>
        <source>Reorder %1 × %2 from %3</source>
        <translation>Yeniden sipariş verin: %1 × %2, tedarikçi: %3</translation>
    </message>
    <message>
        <source>Keeps about %1 in sales that would be lost to a stockout.</source>
        <translation>Stok tükenmesi yüzünden kaybedilecek yaklaşık %1 tutarındaki satışı korur.</translation>
    </message>
    <message>
        <source>Keeps the variant in stock through the supplier&apos;s lead time.</source>
        <translation>Varyantı tedarikçinin tedarik süresi boyunca stokta tutar.</translation>
    </message>
</context>
<context>
    <name>InventoryPush</name>
    <message>
        <source>%1: no longer needs a reorder (the latest run found enough stock); left out.</source>
        <translation>%1: artık yeniden sipariş gerekmiyor (son çalıştırma yeterli stok buldu); dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>%1 klasörü oluşturulamadı. Yazma izniniz olan bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>InventoryStage</name>
    <message>
        <source>forecast error on held-out weeks, WAPE (%)</source>
        <translation>dışarıda tutulan haftalarda tahmin hatası, WAPE (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) forecast; %1 to reorder, %2 out of stock, %3 overstocked</source>
        <translation>
            <numerusform>%n varyant için tahmin yapıldı; %1 yeniden sipariş edilecek, %2 stokta yok, %3 fazla stoklu</numerusform>
        </translation>
    </message>
    <message>
        <source>No stock levels yet: import an inventory export to see cover, reorders and overstock.</source>
        <translation>Henüz stok düzeyi yok: stok yeterliliğini, yeniden siparişleri ve fazla stoku görmek için bir envanter dışa aktarımını içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%n overstocked variant(s)</source>
        <translation>
            <numerusform>fazla stoklu %n varyant</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stok</translation>
    </message>
    <message numerus="yes">
        <source>the next weeks of %n product(s) follow their searches (%1% closer to what sold over the last %2 weeks)</source>
        <translation>
            <numerusform>%n ürünün önümüzdeki haftaları aramalarını izliyor (son %2 haftada satılana %%1 daha yakın)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>a misspelling</source>
        <translation>bir yazım hatası</translation>
    </message>
    <message>
        <source>the shoppers&apos; word, not the catalog&apos;s</source>
        <translation>müşterilerin sözcüğü, kataloğunki değil</translation>
    </message>
    <message>
        <source>a filter the catalog cannot answer</source>
        <translation>kataloğun karşılayamadığı bir filtre</translation>
    </message>
    <message>
        <source>only out-of-stock items match</source>
        <translation>yalnızca stokta olmayan ürünler eşleşiyor</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>satılmayan bir ürün</translation>
    </message>
    <message>
        <source>%1: %2 units beyond what it sells, %3 days of cover</source>
        <translation>%1: sattığından %2 adet fazla, %3 günlük stok</translation>
    </message>
    <message>
        <source>%1: time to reorder, %2 days of cover left</source>
        <translation>%1: yeniden sipariş zamanı, %2 günlük stok kaldı</translation>
    </message>
    <message>
        <source>%1: out of stock</source>
        <translation>%1: stokta yok</translation>
    </message>
    <message numerus="yes">
        <source>Customers asked about %1 %n time(s) (%2)</source>
        <translation>
            <numerusform>Müşteriler %1 hakkında %n kez sordu (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” searched %n time(s) without finding it: %2</source>
        <translation>
            <numerusform>“%1” %n kez arandı ama bulunamadı: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sells %2× its usual level, falling</source>
        <translation>%1 olağan düzeyinin %2 katı satıyor, düşüşte</translation>
    </message>
    <message>
        <source>%1 trends up: %2× its usual level</source>
        <translation>%1 yükselişte: olağan düzeyinin %2 katı</translation>
    </message>
    <message>
        <source>(searches for “%1”)</source>
        <translation>(“%1” aramaları)</translation>
    </message>
</context>
<context>
    <name>LoopCommands</name>
    <message>
        <source>&quot;%1&quot; is not an action id; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>&quot;%1&quot; bir eylem kimliği değil; &quot;flywheel-cli actions&quot; eylemleri listeler.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) accepted; &quot;flywheel-cli push --accepted --out DIR&quot; writes their files.</source>
        <translation>
            <numerusform>%n eylem kabul edildi; dosyalarını &quot;flywheel-cli push --accepted --out KLASÖR&quot; yazar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) dismissed; they return only when their evidence grows.</source>
        <translation>
            <numerusform>%n eylem yok sayıldı; yalnızca kanıtları artarsa geri gelirler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the actions to accept: flywheel-cli --db STORE accept ID [ID...].</source>
        <translation>Kabul edilecek eylemleri belirtin: flywheel-cli --db MAĞAZA accept ID [ID...].</translation>
    </message>
    <message>
        <source>Name the actions to dismiss: flywheel-cli --db STORE dismiss ID [ID...].</source>
        <translation>Yok sayılacak eylemleri belirtin: flywheel-cli --db MAĞAZA dismiss ID [ID...].</translation>
    </message>
    <message>
        <source>Nothing pushed yet: accept actions and push them; the next imports measure what they did.</source>
        <translation>Henüz hiçbir şey gönderilmedi: eylemleri kabul edip gönderin; sonraki içe aktarmalar ne sağladıklarını ölçer.</translation>
    </message>
</context>
<context>
    <name>MerchandisingActions</name>
    <message>
        <source>%1× since the week of %2 (%3, %4 sure, against the %5)</source>
        <translation>%2 haftasından bu yana %1 kat (%3, %4 güvenle; referans: %5)</translation>
    </message>
    <message>
        <source>Its stock is not known: check it can meet the demand before featuring it.</source>
        <translation>Stoku bilinmiyor: öne çıkarmadan önce talebi karşılayabileceğini kontrol edin.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock.</source>
        <translation>
            <numerusform>Stokta %n adet var.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock, about %1 weeks of cover.</source>
        <translation>
            <numerusform>Stokta %n adet var; yaklaşık %1 haftaya yeter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its first %1 products are out of stock, nearly out or not on sale; they move down.</source>
        <translation>
            <numerusform>İlk %1 üründen %n tanesi stokta yok, tükenmek üzere ya da satışta değil; bunlar aşağı taşınıyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from #%2 to #%3</source>
        <translation>%1: #%2 sırasından #%3 sırasına</translation>
    </message>
    <message>
        <source>Trending products move up: %1.</source>
        <translation>Yükselen ürünler yukarı çıkıyor: %1.</translation>
    </message>
    <message>
        <source>First in the suggested order: %1.</source>
        <translation>Önerilen sıralamada en öndekiler: %1.</translation>
    </message>
    <message>
        <source>Weighted by where shoppers look, the current first %1 places hold %2 of what the suggested ones would (demand from sales and searches, trend, conversion and margin; stock first).</source>
        <translation>Müşterilerin baktığı yere göre ağırlıklandırıldığında, şu anki ilk %1 sıra, önerilen sıralamanın sağlayacağının %2 kadarını sağlıyor (satışlardan ve aramalardan gelen talep, trend, dönüşüm ve marj; önce stok).</translation>
    </message>
    <message>
        <source>The collections export gave no positions, so the current order is not known.</source>
        <translation>Koleksiyon dışa aktarımında sıra bilgisi yoktu; bu yüzden mevcut sıralama bilinmiyor.</translation>
    </message>
    <message>
        <source>Reorder the collection “%1”</source>
        <translation>“%1” koleksiyonunu yeniden sıralayın</translation>
    </message>
    <message>
        <source>More of the collection&apos;s visitors see products that sell, are in stock and earn a margin first; its sales per visit should rise.</source>
        <translation>Koleksiyonun ziyaretçilerinin daha fazlası önce satan, stokta olan ve marj getiren ürünleri görür; ziyaret başına satışlarının artması beklenir.</translation>
    </message>
    <message>
        <source>Feature “%1”: searches for “%2” are up %3×</source>
        <translation>“%1” ürününü öne çıkarın: “%2” aramaları %3 kat arttı</translation>
    </message>
    <message>
        <source>Searches for “%1”, whose first results show it, are up %2.</source>
        <translation>İlk sonuçlarında bu ürünü gösteren “%1” aramaları arttı: %2.</translation>
    </message>
    <message>
        <source>Feature “%1”: sales are up %2×</source>
        <translation>“%1” ürününü öne çıkarın: satışlar %2 kat arttı</translation>
    </message>
    <message>
        <source>Its sales are up %1.</source>
        <translation>Satışları arttı: %1.</translation>
    </message>
    <message>
        <source>Put it in the home-page banner, first in its collections and in the next email. The push adds the tag “trending” to it in a product file, for themes and email tools that pick products by tag.</source>
        <translation>Ana sayfa bannerına, koleksiyonlarında en başa ve bir sonraki e-postaya koyun. Gönderim, ürünleri etikete göre seçen temalar ve e-posta araçları için bir ürün dosyasında ürüne “trending” etiketini ekler.</translation>
    </message>
    <message>
        <source>Shoppers looking for it find it first while the demand lasts; its sales should keep pace with the searches.</source>
        <translation>Onu arayan müşteriler, talep sürdükçe onu ilk sırada bulur; satışlarının aramalarla aynı hızda artması beklenir.</translation>
    </message>
</context>
<context>
    <name>MerchandisingPush</name>
    <message>
        <source>%1: the latest run no longer ranks this collection (it was removed or emptied); left out.</source>
        <translation>%1: son çalıştırma bu koleksiyonu artık sıralamıyor (kaldırılmış ya da boşaltılmış); dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>“%1” was left out: the latest run no longer finds it trending, or finds it out of stock or nearly so. It stays accepted.</source>
        <translation>“%1” dışarıda bırakıldı: son çalıştırma onu artık yükselişte bulmuyor ya da stokta yok veya tükenmek üzere buluyor. Eylem kabul edilmiş olarak kalıyor.</translation>
    </message>
    <message>
        <source>“%1” was left out: Flywheel writes product files for Shopify and WooCommerce; this product came from %2.</source>
        <translation>“%1” dışarıda bırakıldı: Flywheel, Shopify ve WooCommerce için ürün dosyaları yazar; bu ürün %2 kaynağından geldi.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>%1 klasörü oluşturulamadı. Yazma izniniz olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>%1: WooCommerce orders a category by each product&apos;s menu order; set it from the positions in the collection-order file.</source>
        <translation>%1: WooCommerce bir kategoriyi her ürünün menü sırasına göre sıralar; bunu collection-order dosyasındaki sıralara göre ayarlayın.</translation>
    </message>
</context>
<context>
    <name>MerchandisingStage</name>
    <message>
        <source>The site-search reports have no dates, so searches cannot show a trend: import a report with a date on each row.</source>
        <translation>Site içi arama raporlarında tarih yok, bu yüzden aramalar bir trend gösteremiyor: her satırında tarih olan bir rapor içe aktarın.</translation>
    </message>
    <message>
        <source>No site-search report yet, so trends come from sales alone: import a search-terms report to see trending searches.</source>
        <translation>Henüz site içi arama raporu yok, bu yüzden trendler yalnızca satışlardan çıkarılıyor: yükselen aramaları görmek için bir arama terimleri raporu içe aktarın.</translation>
    </message>
    <message>
        <source>No orders yet: import an orders export to see what sells.</source>
        <translation>Henüz sipariş yok: neyin sattığını görmek için bir sipariş dışa aktarımını içe aktarın.</translation>
    </message>
    <message>
        <source>No collections yet: import a collections list (or WooCommerce products, whose categories are collections) to get suggested orders.</source>
        <translation>Henüz koleksiyon yok: önerilen sıralamaları almak için bir koleksiyon listesi (ya da kategorileri koleksiyon sayılan WooCommerce ürünleri) içe aktarın.</translation>
    </message>
    <message>
        <source>No stock levels: import an inventory export, so that nothing out of stock is put first.</source>
        <translation>Stok düzeyi yok: stokta olmayan hiçbir şeyin başa konmaması için bir envanter dışa aktarımını içe aktarın.</translation>
    </message>
    <message>
        <source>first-10 collection places out of stock or nearly (%)</source>
        <translation>koleksiyonların ilk 10 sırasında stokta olmayan ya da tükenmek üzere olanlar (%)</translation>
    </message>
    <message>
        <source>%1 searches and %2 products trending up; %3 of %4 collections worth reordering; %5 products to feature.</source>
        <translation>%1 arama ve %2 ürün yükselişte; %4 koleksiyondan %3 tanesi yeniden sıralanmaya değer; öne çıkarılacak %5 ürün var.</translation>
    </message>
    <message numerus="yes">
        <source>%n trending product(s)</source>
        <translation>
            <numerusform>yükselişte %n ürün</numerusform>
        </translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Vitrin</translation>
    </message>
</context>
<context>
    <name>NaiveForecast</name>
    <message>
        <source>There is no history to repeat.</source>
        <translation>Tekrarlanacak geçmiş veri yok.</translation>
    </message>
    <message numerus="yes">
        <source>Repeating the last season needs one full season (%n period(s)).</source>
        <translation>
            <numerusform>Son sezonu tekrarlamak için tam bir sezon (%n dönem) gerekir.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>%1 days after %2 against the %1 days before</source>
        <translation>%2 sonrasındaki %1 gün, önceki %1 güne karşı</translation>
    </message>
    <message>
        <source>No clear change yet: the range still includes none.</source>
        <translation>Henüz net bir değişiklik yok: aralık hâlâ sıfırı içeriyor.</translation>
    </message>
    <message>
        <source>It worked.</source>
        <translation>İşe yaradı.</translation>
    </message>
    <message>
        <source>It went the wrong way.</source>
        <translation>Ters yönde gitti.</translation>
    </message>
    <message>
        <source>Tickets per 100 orders</source>
        <translation>100 sipariş başına talep</translation>
    </message>
    <message>
        <source>Negative tickets</source>
        <translation>Olumsuz talepler</translation>
    </message>
    <message>
        <source>Catalog completeness</source>
        <translation>Katalog eksiksizliği</translation>
    </message>
    <message>
        <source>Searches finding nothing</source>
        <translation>Sonuçsuz aramalar</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Tahmin hatası</translation>
    </message>
    <message>
        <source>Overstock value</source>
        <translation>Fazla stok değeri</translation>
    </message>
    <message>
        <source>Promotion margin gained</source>
        <translation>Kampanyalarla kazanılan marj</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Tickets about it per 100 orders</source>
        <translation>100 sipariş başına bununla ilgili talep</translation>
    </message>
    <message>
        <source>Share of its searches finding nothing</source>
        <translation>Sonuç bulamayan aramalarının oranı</translation>
    </message>
    <message>
        <source>Clicks per 100 searches</source>
        <translation>100 arama başına tıklama</translation>
    </message>
    <message>
        <source>Units sold against the forecast</source>
        <translation>Tahmine karşı satılan adet</translation>
    </message>
    <message>
        <source>Buyers in the audience against the held-back group</source>
        <translation>Hedef kitledeki alıcılar, kontrol grubuna karşı</translation>
    </message>
    <message>
        <source>Units sold against the rest of the store</source>
        <translation>Mağazanın geri kalanına karşı satılan adet</translation>
    </message>
    <message>
        <source>Measured once the history reaches %1 (%2 days after it was pushed).</source>
        <translation>Geçmiş veri %1 tarihine ulaştığında ölçülecek (gönderildikten %2 gün sonra).</translation>
    </message>
    <message>
        <source>95% range %1 to %2</source>
        <translation>yüzde 95 aralığı: %1 ile %2 arası</translation>
    </message>
    <message>
        <source>Too little data yet: fewer than 3 tickets in %1.</source>
        <translation>Henüz yeterli veri yok: 3&apos;ten az talep (%1).</translation>
    </message>
    <message>
        <source>%1 → %2 tickets per 100 orders, %3 days after %4 against the days before (%5). %6</source>
        <translation>100 sipariş başına %1 → %2 talep; %4 sonrasındaki %3 gün, önceki günlere karşı (%5). %6</translation>
    </message>
    <message>
        <source>Too little data yet: nobody searched for it in %1.</source>
        <translation>Henüz yeterli veri yok: kimse bunu aramadı (%1).</translation>
    </message>
    <message>
        <source>%1% → %2% of its searches found nothing</source>
        <translation>aramalarının %%1 → %%2 kadarı hiçbir şey bulamadı</translation>
    </message>
    <message>
        <source>%1 → %2 clicks per 100 searches</source>
        <translation>100 arama başına %1 → %2 tıklama</translation>
    </message>
    <message>
        <source>%1 in %2 (%3). %4</source>
        <translation>%1; %2 (%3). %4</translation>
    </message>
    <message>
        <source>Sold %1 units in the %2 days after the reorder; no forecast was kept to compare.</source>
        <translation>Yeniden siparişten sonraki %2 günde %1 adet satıldı; karşılaştırma için saklanmış bir tahmin yok.</translation>
    </message>
    <message>
        <source>Sold %1 units in the %2 days after the reorder against %3 forecast (error %4%; the forecast allowed %5% to %6%). %7</source>
        <translation>Yeniden siparişten sonraki %2 günde %1 adet satıldı, tahmin %3 adetti (hata %%4; tahminin izin verdiği aralık %%5 ile %%6 arası). %7</translation>
    </message>
    <message>
        <source>The forecast held.</source>
        <translation>Tahmin tuttu.</translation>
    </message>
    <message>
        <source>The forecast missed.</source>
        <translation>Tahmin tutmadı.</translation>
    </message>
    <message>
        <source>No held-back group to compare with, so the effect cannot be told.</source>
        <translation>Karşılaştırılacak bir kontrol grubu yok, bu yüzden etki belirlenemiyor.</translation>
    </message>
    <message>
        <source>%1% of the audience bought it in the %2 days after %3, against %4% of the held-back group: %5 points (%6). %7</source>
        <translation>Hedef kitlenin yüzde %1 kadarı %3 sonrasındaki %2 günde bunu satın aldı; kontrol grubunda bu oran yüzde %4: %5 yüzde puan (%6). %7</translation>
    </message>
    <message>
        <source>%1 → %2 units, %3% against the rest of the store, in %4 (%5). %6</source>
        <translation>%1 → %2 adet, mağazanın geri kalanına göre %%3; %4 (%5). %6</translation>
    </message>
</context>
<context>
    <name>OutcomesStage</name>
    <message>
        <source>No orders yet: import an orders export to follow the wheel&apos;s figures.</source>
        <translation>Henüz sipariş yok: döngünün rakamlarını izlemek için bir sipariş dışa aktarımını içe aktarın.</translation>
    </message>
    <message>
        <source>measured actions that clearly worked (%)</source>
        <translation>ölçülen eylemlerden açıkça işe yarayanlar (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) measured this run (%1 clearly worked); %2 waiting for their window to pass. History up to %3.</source>
        <translation>
            <numerusform>Bu çalıştırmada %n eylem ölçüldü (açıkça işe yarayan: %1); ölçüm süresinin dolmasını bekleyen: %2. Geçmiş veri %3 tarihine kadar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of momentum</source>
        <translation>
            <numerusform>%n gidişat rakamı</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sonuçlar</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The stages depend on each other in a circle at &quot;%1&quot;.</source>
        <translation>Aşamalar &quot;%1&quot; noktasında döngüsel olarak birbirine bağlı.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; needs stage &quot;%2&quot;, which does not exist.</source>
        <translation>&quot;%1&quot; aşaması, var olmayan &quot;%2&quot; aşamasına ihtiyaç duyuyor.</translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot;. The stages are: %2.</source>
        <translation>&quot;%1&quot; diye bir aşama yok. Aşamalar: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>henüz yok</translation>
    </message>
</context>
<context>
    <name>PriceResponse</name>
    <message>
        <source>It has not sold in the weeks read, so there is nothing to measure; its category&apos;s response is used.</source>
        <translation>Okunan haftalarda hiç satılmadı, bu yüzden ölçülecek bir şey yok; kategorisinin fiyat tepkisi kullanılıyor.</translation>
    </message>
    <message>
        <source>It has sold in too few weeks to measure how price moves its sales; its category&apos;s response is used until more weeks are in.</source>
        <translation>Fiyatın satışlarını nasıl etkilediğini ölçmek için çok az haftada satıldı; daha fazla hafta birikene kadar kategorisinin fiyat tepkisi kullanılıyor.</translation>
    </message>
    <message>
        <source>Its price never changed, so how buyers respond to price cannot be seen in its own sales; its category&apos;s response is used. A short, measured discount would show it.</source>
        <translation>Fiyatı hiç değişmedi, bu yüzden alıcıların fiyata nasıl tepki verdiği kendi satışlarında görülemiyor; kategorisinin fiyat tepkisi kullanılıyor. Kısa ve ölçülen bir indirim bunu gösterir.</translation>
    </message>
    <message>
        <source>Its price only changed together with something else (a promotion, the season), so the effect of price cannot be separated; its category&apos;s response is used.</source>
        <translation>Fiyatı yalnızca başka bir şeyle birlikte değişti (bir kampanya, sezon); bu yüzden fiyatın etkisi ayrılamıyor; kategorisinin fiyat tepkisi kullanılıyor.</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>In stock</source>
        <translation>Stokta</translation>
    </message>
    <message>
        <source>Nearly out</source>
        <translation>Tükenmek üzere</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <source>Stock not known</source>
        <translation>Stok bilinmiyor</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Satışta değil</translation>
    </message>
</context>
<context>
    <name>PromotionActions</name>
    <message numerus="yes">
        <source>Reaches %n customer(s); the effect cannot be forecast until customers have bought more than once. The control group will show it.</source>
        <translation>
            <numerusform>%n müşteriye ulaşır; müşteriler birden fazla kez alışveriş yapana kadar etki tahmin edilemez. Kontrol grubu bunu gösterecek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 extra units from %n customer(s) (%2 in revenue</source>
        <translation>
            <numerusform>%n müşteriden yaklaşık %1 ek adet (%2 gelir</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 in margin</source>
        <translation>, %1 marj</translation>
    </message>
    <message>
        <source>; %1 less spent keeping stock</source>
        <translation>; stok tutma maliyetinde %1 tasarruf</translation>
    </message>
    <message>
        <source>This counts only the lower price&apos;s pull on what they would buy anyway; the control group shows what the email adds.</source>
        <translation>Bu, yalnızca düşük fiyatın zaten alacakları ürünler üzerindeki çekiciliğini hesaba katar; e-postanın ne kattığını kontrol grubu gösterir.</translation>
    </message>
    <message>
        <source>%1 % off for %2 to %3, with a code of their own for each customer; %4.</source>
        <translation>%2 ile %3 arasında %%1 indirim, her müşteriye kendine ait bir kodla; %4.</translation>
    </message>
    <message>
        <source>A deeper discount would go below the lowest margin.</source>
        <translation>Daha yüksek bir indirim en düşük marjın altına iner.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of the audience, chosen at random, are held back to measure the effect.</source>
        <translation>
            <numerusform>Etkiyi ölçmek için hedef kitleden rastgele seçilen %n müşteri dışarıda tutuluyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is too small to hold anyone back, so the effect can only be compared with the weeks before.</source>
        <translation>Hedef kitle kimseyi dışarıda tutmak için fazla küçük; bu yüzden etki yalnızca önceki haftalarla karşılaştırılabilir.</translation>
    </message>
    <message numerus="yes">
        <source>Promote %1: %2 % off for %n customer(s)</source>
        <translation>
            <numerusform>%1 için kampanya: %n müşteriye %%2 indirim</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionEmail</name>
    <message>
        <source>The season is nearly over, and so is this offer.</source>
        <translation>Sezon bitmek üzere, bu teklif de öyle.</translation>
    </message>
    <message>
        <source>This is one of our most wanted products right now.</source>
        <translation>Bu, şu anda en çok aranan ürünlerimizden biri.</translation>
    </message>
    <message>
        <source>We picked this for you, because you have liked similar things.</source>
        <translation>Bunu sizin için seçtik, çünkü benzer ürünleri beğendiniz.</translation>
    </message>
    <message>
        <source>%1 % off %2, just for you</source>
        <translation>%2 ürününde size özel %%1 indirim</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Merhaba,</translation>
    </message>
    <message>
        <source>Take %1 % off %2 with your personal code [Discount Code], valid until %3.</source>
        <translation>Kişisel kodunuz [Discount Code] ile %2 ürününde %%1 indirimden yararlanın; kod %3 tarihine kadar geçerli.</translation>
    </message>
    <message>
        <source>The code works once and only for you.</source>
        <translation>Kod yalnızca bir kez ve yalnızca sizin için geçerlidir.</translation>
    </message>
    <message>
        <source>See you soon,</source>
        <translation>Görüşmek üzere,</translation>
    </message>
</context>
<context>
    <name>PromotionPlanner</name>
    <message>
        <source>elasticity %1 from this product&apos;s own price changes</source>
        <translation>bu ürünün kendi fiyat değişikliklerinden elde edilen esneklik %1</translation>
    </message>
    <message>
        <source>elasticity %1 borrowed from its product type: %2</source>
        <translation>ürün türünden alınan esneklik %1: %2</translation>
    </message>
    <message>
        <source>elasticity %1 of its product type; this product has no priced sales of its own</source>
        <translation>ürün türünün esnekliği %1; bu ürünün fiyatı bilinen kendi satışları yok</translation>
    </message>
    <message>
        <source>elasticity %1, the usual value for retail products: the store&apos;s sales show no price changes to learn from yet</source>
        <translation>esneklik %1, perakende ürünler için olağan değer: mağazanın satışları henüz öğrenilecek bir fiyat değişikliği göstermiyor</translation>
    </message>
    <message>
        <source>%1: no customer who can be emailed has bought yet.</source>
        <translation>%1: e-postayla ulaşılabilen hiçbir müşteri henüz satın almadı.</translation>
    </message>
    <message>
        <source>%1: even 10 % off would take it below the lowest margin (%2 %).</source>
        <translation>%1: yüzde 10 indirim bile onu en düşük marjın (%%2) altına indirir.</translation>
    </message>
</context>
<context>
    <name>PromotionPush</name>
    <message>
        <source>Could not write %1. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 yazılamadı. Klasöre yazılabildiğini ve diskin dolu olmadığını kontrol edin.</translation>
    </message>
    <message>
        <source>%1: no customer of its audience has an email address; left out.</source>
        <translation>%1: hedef kitlesindeki hiçbir müşterinin e-posta adresi yok; dışarıda bırakıldı.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>%1 klasörü oluşturulamadı. Yazma izniniz olan bir klasör seçin.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) get a code; %2 held back as the control group are kept in the store and get nothing.</source>
        <translation>
            <numerusform>%1: %n müşteri kod alıyor; kontrol grubu olarak dışarıda tutulan %2 müşteri mağazada kayıtlı kalıyor ve hiçbir şey almıyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) without an email address left out.</source>
        <translation>
            <numerusform>%1: e-posta adresi olmayan %n müşteri dışarıda bırakıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionTriggers</name>
    <message>
        <source>Overstock</source>
        <translation>Fazla stok</translation>
    </message>
    <message>
        <source>Season ending</source>
        <translation>Sezon sonu</translation>
    </message>
    <message>
        <source>Trending, with stock to spare</source>
        <translation>Yükselişte, stok fazlası var</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Yavaş satan</translation>
    </message>
    <message>
        <source>%1 in stock is %2 weeks of sales; %3 of them are more than the overstock threshold (%4 tied up).</source>
        <translation>Stoktaki %1 adet %2 haftalık satışa denk; bunların %3 tanesi fazla stok eşiğinin üzerinde (%4 bağlı sermaye).</translation>
    </message>
    <message>
        <source>Demand is forecast to fall from %1 in the next 4 weeks to %2 in weeks 9 to 12; %3 in stock is more than the %4 expected to sell in 12 weeks.</source>
        <translation>Talebin önümüzdeki 4 haftadaki %1 adetten 9-12. haftalarda %2 adede düşmesi bekleniyor; stoktaki %3 adet, 12 haftada satılması beklenen %4 adetten fazla.</translation>
    </message>
    <message>
        <source>Sold %1 in the last 4 weeks, %2× its pace of the 12 weeks before; %3 in stock is more than %4 weeks even at the new pace.</source>
        <translation>Son 4 haftada %1 adet satıldı, önceki 12 haftadaki hızının %2 katı; stoktaki %3 adet yeni hızla bile %4 haftadan fazla yeter.</translation>
    </message>
    <message>
        <source>%1 in stock and no sales expected.</source>
        <translation>Stokta %1 adet var ve satış beklenmiyor.</translation>
    </message>
    <message>
        <source>%1 in stock is %2 weeks of sales, and the oldest unit has waited %3 days.</source>
        <translation>Stoktaki %1 adet %2 haftalık satışa denk ve en eski birim %3 gündür bekliyor.</translation>
    </message>
    <message>
        <source>Sold %1 in the last 4 weeks after none in the 12 weeks before; %2 in stock is more than %3 weeks even at the new pace.</source>
        <translation>Önceki 12 haftada hiç satılmamışken son 4 haftada %1 adet satıldı; stoktaki %2 adet yeni hızla bile %3 haftadan fazla yeter.</translation>
    </message>
    <message>
        <source>Trending at %1× its seasonal baseline; %2 in stock is more than %3 weeks even at that pace.</source>
        <translation>Mevsimsel referansının %1 katıyla yükselişte; stoktaki %2 adet bu hızla bile %3 haftadan fazla yeter.</translation>
    </message>
    <message>
        <source>Searches for “%1” are at %2× their seasonal baseline; %3 in stock is more than %4 weeks even at that pace.</source>
        <translation>“%1” aramaları mevsimsel referanslarının %2 katında; stoktaki %3 adet bu hızla bile %4 haftadan fazla yeter.</translation>
    </message>
</context>
<context>
    <name>PromotionsStage</name>
    <message numerus="yes">
        <source>%n customer(s) scored, %1 of them repeat buyers; %2 promotion(s) suggested.</source>
        <translation>
            <numerusform>%n müşteri puanlandı, bunların %1 tanesi tekrar alışveriş yapıyor; %2 kampanya önerildi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more product(s) with surplus stock wait until these are done (the %1 with the most money in surplus come first).</source>
        <translation>
            <numerusform>Fazla stoklu %n ürün daha bu kampanyaların bitmesini bekliyor (fazla stokta en çok para bağlı olan %1 ürün önce geliyor).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be promoted: %1</source>
        <translation>
            <numerusform>%n ürün için kampanya yapılamadı: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>surplus units the suggested promotions should move (%)</source>
        <translation>önerilen kampanyaların eritmesi beklenen fazla stok adedi (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) with a control group</source>
        <translation>
            <numerusform>kontrol gruplu %n kampanya</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampanyalar</translation>
    </message>
</context>
<context>
    <name>PurchaseModel</name>
    <message>
        <source>A customer&apos;s purchase summary is impossible (%1 repeat purchases, the last %2 weeks and the first %3 weeks after the first purchase); the order history needs to be read again.</source>
        <translation>Bir müşterinin satın alma özeti imkânsız (%1 tekrar satın alma; ilk alımdan %2 hafta sonra son alım, %3 hafta sonra dönem sonu); sipariş geçmişinin yeniden okunması gerekiyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have ordered so far, too few to estimate how often customers come back and how many stop buying; the estimates appear once at least %1 customers have ordered.</source>
        <translation>
            <numerusform>Şimdiye kadar %n müşteri sipariş verdi; bu, müşterilerin ne sıklıkla geri geldiğini ve kaçının alışverişi bıraktığını tahmin etmek için çok az; tahminler en az %1 müşteri sipariş verdiğinde görünür.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has bought twice yet, so how often customers come back and how many stop buying cannot be estimated; the estimates appear once customers order again (import a longer order history if the store has one).</source>
        <translation>Henüz hiçbir müşteri iki kez alışveriş yapmadı; bu yüzden müşterilerin ne sıklıkla geri geldiği ve kaçının alışverişi bıraktığı tahmin edilemiyor; tahminler müşteriler yeniden sipariş verdiğinde görünür (mağazanın daha uzun bir sipariş geçmişi varsa onu içe aktarın).</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <source>The files were written, but the list of pushes %1 could not be updated (%2). Check that you may write to the folder.</source>
        <translation>Dosyalar yazıldı, ancak %1 gönderim listesi güncellenemedi (%2). Klasöre yazma izniniz olduğunu denetleyin.</translation>
    </message>
    <message>
        <source>There is no action %1; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>%1 numaralı bir eylem yok; &quot;flywheel-cli actions&quot; eylemleri listeler.</translation>
    </message>
    <message>
        <source>Action %1 is %2, so there is nothing to push; only new or accepted actions can be pushed.</source>
        <translation>%1 numaralı eylemin durumu %2, bu yüzden gönderilecek bir şey yok; yalnızca yeni ya da kabul edilmiş eylemler gönderilebilir.</translation>
    </message>
</context>
<context>
    <name>PushCommands</name>
    <message>
        <source>Wrote %1</source>
        <translation>Yazıldı: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed, %1 products; import the file in your store&apos;s admin (Products › Import, with “overwrite existing products”).</source>
        <translation>
            <numerusform>%n eylem gönderildi, %1 ürün; dosyayı mağazanızın yönetim panelinde içe aktarın (Ürünler › İçe aktar, “mevcut ürünlerin üzerine yaz” seçeneğiyle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Enter each line of the synonyms file as a synonym group in Shopify Search &amp; Discovery (Synonyms), and import the redirects file in Online Store › Navigation › URL redirects.</source>
        <translation>
            <numerusform>%n eylem gönderildi. Eş anlamlılar dosyasının her satırını Shopify Search &amp; Discovery içinde (Eş anlamlılar) bir eş anlamlı grubu olarak girin ve yönlendirmeler dosyasını Online Mağaza › Gezinme › URL yönlendirmeleri bölümünde içe aktarın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) pushed as %1 purchase order(s); send each file to its supplier.</source>
        <translation>
            <numerusform>%n yeniden sipariş, %1 satın alma siparişi olarak gönderildi; her dosyayı ilgili tedarikçisine gönderin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Import the matrixify-custom-collections file with Matrixify (Shopify) or set each collection&apos;s order from its collection-order file, and import the merchandising product file (Products › Import, with “overwrite existing products”) to tag the featured products “trending”.</source>
        <translation>
            <numerusform>%n eylem gönderildi. matrixify-custom-collections dosyasını Matrixify (Shopify) ile içe aktarın ya da her koleksiyonun sıralamasını kendi collection-order dosyasına göre ayarlayın; öne çıkarılan ürünlere “trending” etiketini eklemek için merchandising ürün dosyasını içe aktarın (Ürünler › İçe aktar, “mevcut ürünlerin üzerine yaz” seçeneğiyle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) pushed. Import each discounts file with Matrixify (Shopify) or the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- file as the email audience, and send the email draft with each customer&apos;s Discount Code. The held-back control groups stay in the store.</source>
        <translation>
            <numerusform>%n kampanya gönderildi. Her discounts dosyasını Matrixify (Shopify) ile ya da promotion-codes dosyasını kupon içe aktarma aracınızla, klaviyo- veya mailchimp- dosyasını da e-posta hedef kitlesi olarak içe aktarın ve e-posta taslağını her müşterinin Discount Code değeriyle gönderin. Dışarıda tutulan kontrol grupları mağazada kayıtlı kalır.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action id; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>&quot;%1&quot; bir eylem kimliği değil; &quot;flywheel-cli actions&quot; eylemleri listeler.</translation>
    </message>
    <message>
        <source>Say which actions to write: push ID... (these actions), push --accepted (every accepted action) or push --stage content|search|merchandising|inventory|promotions (that stage&apos;s accepted actions), with --out DIR.</source>
        <translation>Hangi eylemlerin yazılacağını belirtin: push ID... (bu eylemler), push --accepted (kabul edilen tüm eylemler) ya da push --stage content|search|merchandising|inventory|promotions (o aşamanın kabul edilen eylemleri), --out KLASÖR ile birlikte.</translation>
    </message>
    <message>
        <source>Nothing to push: accept actions first (flywheel-cli actions lists them, flywheel-cli accept ID accepts one).</source>
        <translation>Gönderilecek bir şey yok: önce eylemleri kabul edin (flywheel-cli actions bunları listeler, flywheel-cli accept ID bir eylemi kabul eder).</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. %1 lists each file and the action behind it. Push one stage at a time (push --stage) to be told where each stage&apos;s files are imported.</source>
        <translation>
            <numerusform>%n eylem gönderildi. %1 her dosyayı ve arkasındaki eylemi listeler. Her aşamanın dosyalarının nereye içe aktarılacağını öğrenmek için aşamaları tek tek gönderin (push --stage).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushFolder</name>
    <message numerus="yes">
        <source>%n file(s) written into %1:</source>
        <translation>
            <numerusform>%n dosya %1 konumuna yazıldı:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryReading</name>
    <message>
        <source>“%1” read as “%2”, a typo</source>
        <translation>“%1”, “%2” olarak okundu (yazım hatası)</translation>
    </message>
    <message>
        <source>“%1” also finds its synonym “%2”</source>
        <translation>“%1”, eş anlamlısı “%2” ile de bulur</translation>
    </message>
    <message>
        <source>“%1” completed to “%2”</source>
        <translation>“%1”, “%2” olarak tamamlandı</translation>
    </message>
    <message>
        <source>“%1” found as “%2”</source>
        <translation>“%1”, “%2” olarak bulundu</translation>
    </message>
    <message>
        <source>No product matches every word; these match most of them.</source>
        <translation>Hiçbir ürün tüm sözcüklerle eşleşmiyor; bunlar çoğuyla eşleşiyor.</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Eşleşen ürün yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match.</source>
        <translation>
            <numerusform>%n ürün eşleşiyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more would match without the filters.</source>
        <translation>
            <numerusform>Filtreler olmasa %n ürün daha eşleşirdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only products whose %1 is “%2”</source>
        <translation>Yalnızca %1 değeri “%2” olan ürünler</translation>
    </message>
    <message>
        <source>Priced between %1 and %2</source>
        <translation>Fiyatı %1 ile %2 arasında</translation>
    </message>
    <message>
        <source>Priced at most %1</source>
        <translation>Fiyatı en çok %1</translation>
    </message>
    <message>
        <source>Priced at least %1</source>
        <translation>Fiyatı en az %1</translation>
    </message>
    <message>
        <source>Nothing in your catalog is called “%1”.</source>
        <translation>Kataloğunuzda “%1” adında bir şey yok.</translation>
    </message>
</context>
<context>
    <name>ReadAheads</name>
    <message>
        <source>The analysis was cancelled; the previous results are kept.</source>
        <translation>Analiz iptal edildi; önceki sonuçlar korunuyor.</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>&quot;%1&quot; is not an action status; use one of: %2.</source>
        <translation>&quot;%1&quot; bir eylem durumu değil; şunlardan birini kullanın: %2.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>%1 numaralı bir eylem yok.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Name the report file: flywheel-cli --db STORE report --out FILE.html (a web page) or --out FILE.pdf.</source>
        <translation>Rapor dosyasını belirtin: flywheel-cli --db MAĞAZA report --out DOSYA.html (bir web sayfası) ya da --out DOSYA.pdf.</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>Judge.me reviews export</source>
        <translation>Judge.me yorum dışa aktarımı</translation>
    </message>
    <message>
        <source>Okendo reviews (import template)</source>
        <translation>Okendo yorumları (içe aktarma şablonu)</translation>
    </message>
    <message>
        <source>Yotpo reviews export</source>
        <translation>Yotpo yorum dışa aktarımı</translation>
    </message>
    <message>
        <source>Shopify Product Reviews export</source>
        <translation>Shopify Product Reviews dışa aktarımı</translation>
    </message>
    <message>
        <source>Reviews (product handle, sku, rating, title, body, date, email, name)</source>
        <translation>Yorumlar (ürün handle, SKU, puan, başlık, metin, tarih, e-posta, ad)</translation>
    </message>
    <message>
        <source>the review has no rating</source>
        <translation>yorumun puanı yok</translation>
    </message>
    <message>
        <source>the rating is %1; ratings go from 1 to 5 stars</source>
        <translation>puan %1; puanlar 1 ile 5 yıldız arasındadır</translation>
    </message>
    <message>
        <source>the review has no date</source>
        <translation>yorumun tarihi yok</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>SalesFile</name>
    <message>
        <source>The sales file needs the columns date, sku and qty; &quot;%1&quot; is missing.</source>
        <translation>Satış dosyasında date, sku ve qty sütunları gerekir; &quot;%1&quot; eksik.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>satır %1: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>tarih yok</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>miktar yok</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>stok kodu yok</translation>
    </message>
    <message>
        <source>%1 has no row with a readable date, SKU and quantity.</source>
        <translation>%1 dosyasında okunabilir tarihi, stok kodu ve miktarı olan satır yok.</translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>Could not create the folder %1 for saved column mappings. Check that the store&apos;s folder can be written to.</source>
        <translation>Kayıtlı sütun eşleştirmeleri için %1 klasörü oluşturulamadı. Mağazanın klasörüne yazılabildiğini denetleyin.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is a database of another program, not a Flywheel store; it was not changed. Open a Flywheel store, or give a new store a file name of its own.</source>
        <translation>%1 başka bir programın veritabanı, bir Flywheel mağazası değil; üzerinde değişiklik yapılmadı. Bir Flywheel mağazası açın ya da yeni mağazaya kendine ait bir dosya adı verin.</translation>
    </message>
    <message>
        <source>This store was saved by a newer version of Flywheel (store format %1; this version reads up to %2). Install the newer Flywheel to open it; the store was not changed.</source>
        <translation>Bu mağaza Flywheel&apos;in daha yeni bir sürümüyle kaydedilmiş (mağaza biçimi %1; bu sürüm en çok %2 biçimini okuyabilir). Açmak için Flywheel&apos;in yeni sürümünü kurun; mağazada değişiklik yapılmadı.</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Add the synonym group “%1” to your store&apos;s search</source>
        <translation>“%1” eş anlamlı grubunu mağazanızın aramasına ekleyin</translation>
    </message>
    <message>
        <source>“%1” is a misspelling of “%2”.</source>
        <translation>“%1”, “%2” sözcüğünün yanlış yazımıdır.</translation>
    </message>
    <message>
        <source>Your catalog says “%2” where shoppers say “%1”.</source>
        <translation>Müşteriler “%1” derken kataloğunuz “%2” diyor.</translation>
    </message>
    <message numerus="yes">
        <source>Shoppers searched “%1” %n time(s) and found nothing. %2 With this group they find %3 products, e.g. %4.</source>
        <translation>
            <numerusform>Müşteriler “%1” için %n kez arama yaptı ve hiçbir şey bulamadı. %2 Bu grupla %3 ürün buluyorlar; örneğin %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches for “%1” find your products</source>
        <translation>“%1” aramaları ürünlerinizi bulur</translation>
    </message>
    <message>
        <source>Searches for “%1” with no results, per 4 weeks</source>
        <translation>Sonuçsuz “%1” aramaları, 4 haftada bir</translation>
    </message>
    <message>
        <source>Send searches for “%1” to the collection “%2”</source>
        <translation>“%1” aramalarını “%2” koleksiyonuna yönlendirin</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” name a collection you have; a redirect shows the whole collection instead of a list of matches (/collections/%2).</source>
        <translation>
            <numerusform>“%1” için yapılan %n arama, sahip olduğunuz bir koleksiyonun adını içeriyor; yönlendirme, eşleşme listesi yerine koleksiyonun tamamını gösterir (/collections/%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>More of the searches for “%1” lead to a product page</source>
        <translation>Daha fazla “%1” araması bir ürün sayfasına ulaşır</translation>
    </message>
    <message>
        <source>Clicks per search for “%1”</source>
        <translation>“%1” araması başına tıklama</translation>
    </message>
    <message>
        <source>Shoppers look for “%1”, which you do not carry</source>
        <translation>Müşteriler satmadığınız “%1” ürününü arıyor</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” found nothing, and no spelling or synonym finds a product of yours. Consider adding it to the range, or a page that points to what you have instead.</source>
        <translation>
            <numerusform>“%1” için yapılan %n arama hiçbir şey bulamadı ve hiçbir yazım biçimi ya da eş anlamlı ürünlerinizden birini bulmuyor. Bunu ürün yelpazenize eklemeyi ya da bunun yerine elinizdekilere yönlendiren bir sayfa oluşturmayı düşünün.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales from searches for “%1”</source>
        <translation>“%1” aramalarından gelen satışlar</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Could not read the queries file %1 (%2). Check the path.</source>
        <translation>%1 sorgu dosyası okunamadı (%2). Yolu denetleyin.</translation>
    </message>
    <message>
        <source>Give the words to search for, e.g. flywheel-cli --db STORE search rain jacket, or a file of queries with --batch FILE.</source>
        <translation>Aranacak sözcükleri verin, ör. flywheel-cli --db MAĞAZA search rain jacket, ya da --batch DOSYA ile bir sorgu dosyası verin.</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;.</source>
        <translation>&quot;%1&quot; ile eşleşen ürün yok.</translation>
    </message>
    <message>
        <source>No product matches every word of &quot;%1&quot;; the closest:</source>
        <translation>&quot;%1&quot; sorgusunun tüm sözcükleriyle eşleşen ürün yok; en yakın olanlar:</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match &quot;%1&quot;:</source>
        <translation>
            <numerusform>&quot;%1&quot; ile eşleşen %n ürün:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchLead</name>
    <message numerus="yes">
        <source>Sales of this product have followed its searches %n week(s) later, so the first %n week(s) of the forecast follow the searches already made.</source>
        <translation>
            <numerusform>Bu ürünün satışları aramalarını %n hafta sonra izledi; bu yüzden tahminin ilk %n haftası yapılmış aramaları izliyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast that way from each of the last %1 weeks, those weeks were %2% closer to what sold.</source>
        <translation>Son %1 haftanın her birinden böyle tahmin edildiğinde o haftalar satılana %%2 daha yakın çıktı.</translation>
    </message>
</context>
<context>
    <name>SearchPush</name>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 yazılamadı (%2). Yazma izniniz olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Could not finish writing %1 (%2); check the free disk space.</source>
        <translation>%1 yazılması tamamlanamadı (%2); diskteki boş alanı denetleyin.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>%1 klasörü oluşturulamadı. Yazma izniniz olan bir klasör seçin.</translation>
    </message>
</context>
<context>
    <name>SearchStage</name>
    <message>
        <source>searches finding nothing, last 4 weeks (%)</source>
        <translation>sonuçsuz aramalar, son 4 hafta (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n quer(ies) replayed; %1 find nothing, %2 of them not carried</source>
        <translation>
            <numerusform>%n sorgu yeniden çalıştırıldı; %1 tanesi hiçbir şey bulamıyor, bunların %2 tanesi satılmayan ürünler için</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmet quer(ies)</source>
        <translation>
            <numerusform>%n karşılanmayan sorgu</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
</context>
<context>
    <name>SearchTermImporter</name>
    <message>
        <source>Shopify search report</source>
        <translation>Shopify arama raporu</translation>
    </message>
    <message>
        <source>Google Analytics 4 search terms</source>
        <translation>Google Analytics 4 arama terimleri</translation>
    </message>
    <message>
        <source>Algolia top searches</source>
        <translation>Algolia en çok yapılan aramalar</translation>
    </message>
    <message>
        <source>Search terms (date, query, searches, clicks, results)</source>
        <translation>Arama terimleri (tarih, sorgu, arama sayısı, tıklama, sonuç)</translation>
    </message>
    <message>
        <source>the row has no search query (a totals row is skipped this way)</source>
        <translation>satırda arama sorgusu yok (toplam satırları bu şekilde atlanır)</translation>
    </message>
    <message>
        <source>the row has no number of searches</source>
        <translation>satırda arama sayısı yok</translation>
    </message>
    <message>
        <source>the number of searches is negative</source>
        <translation>arama sayısı negatif</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>Şampiyonlar</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Sadık müşteriler</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potansiyel sadıklar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Yeni müşteriler</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Umut vadedenler</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>İlgi bekleyenler</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Uykuya dalmak üzere</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Risk altındakiler</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Kaybedilmemeli</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Kış uykusundakiler</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Kaybedilenler</translation>
    </message>
    <message>
        <source>Bought recently and often: first to hear of new products; they rarely need a discount.</source>
        <translation>Yakın zamanda ve sık alışveriş yaptılar: yeni ürünleri ilk onlar duysun; nadiren indirime ihtiyaç duyarlar.</translation>
    </message>
    <message>
        <source>Buy regularly: reward them, ask for reviews.</source>
        <translation>Düzenli alışveriş yapıyorlar: onları ödüllendirin, yorum isteyin.</translation>
    </message>
    <message>
        <source>Recent, a few orders: a nudge towards the next order makes them loyal.</source>
        <translation>Yakın zamanda, birkaç sipariş: bir sonraki siparişe doğru küçük bir teşvik onları sadık müşteri yapar.</translation>
    </message>
    <message>
        <source>First order just now: welcome them and help them order again.</source>
        <translation>İlk siparişlerini yeni verdiler: onlara hoş geldiniz deyin ve yeniden sipariş vermelerine yardımcı olun.</translation>
    </message>
    <message>
        <source>One fairly recent order: remind them of what they liked.</source>
        <translation>Oldukça yeni bir sipariş: beğendikleri şeyleri onlara hatırlatın.</translation>
    </message>
    <message>
        <source>Neither recent nor frequent: a timely offer keeps them.</source>
        <translation>Ne yakın zamanda ne de sık: zamanında yapılan bir teklif onları elde tutar.</translation>
    </message>
    <message>
        <source>Fading: bring them back before they forget the store.</source>
        <translation>Uzaklaşıyorlar: mağazayı unutmadan onları geri getirin.</translation>
    </message>
    <message>
        <source>Bought often, but not for a while: win them back personally.</source>
        <translation>Sık alışveriş yapıyorlardı ama bir süredir yapmıyorlar: onları kişisel olarak geri kazanın.</translation>
    </message>
    <message>
        <source>Used to be the best customers and stopped: reach out before they are lost.</source>
        <translation>Eskiden en iyi müşterilerdi ve bıraktılar: kaybetmeden önce onlara ulaşın.</translation>
    </message>
    <message>
        <source>One order long ago: only the strongest offers wake them.</source>
        <translation>Uzun zaman önce tek bir sipariş: onları yalnızca en güçlü teklifler uyandırır.</translation>
    </message>
    <message>
        <source>Long gone: leave them out of most campaigns.</source>
        <translation>Çoktan gittiler: onları çoğu kampanyanın dışında bırakın.</translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message>
        <source>Add “%1” to your FAQ and product template</source>
        <translation>“%1” bilgisini SSS sayfanıza ve ürün şablonunuza ekleyin</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) asked about %1 across %2 products whose pages do not say; no single product stands out, so one store-wide answer helps most.</source>
        <translation>
            <numerusform>%n talep, sayfaları bu konuda bilgi vermeyen %2 üründe %1 hakkında soru sordu; öne çıkan tek bir ürün yok, bu yüzden en çok mağaza genelinde tek bir yanıt işe yarar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer tickets asking about %1</source>
        <translation>%1 hakkında soru soran talepler azalır</translation>
    </message>
    <message>
        <source>Tickets asking about %1, per 4 weeks</source>
        <translation>%1 hakkında soru soran talepler, 4 haftada bir</translation>
    </message>
    <message>
        <source>Write a saved reply and FAQ entry for “%1”</source>
        <translation>“%1” için hazır yanıt ve SSS maddesi yazın</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) about %1 in the last four weeks. A saved reply answers them in seconds; an FAQ entry answers some before they are sent.</source>
        <translation>
            <numerusform>Son dört haftada %1 konusunda %n talep geldi. Hazır bir yanıt bunları saniyeler içinde yanıtlar; bir SSS maddesi bazılarını daha gönderilmeden yanıtlar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faster first replies and fewer tickets about %1</source>
        <translation>Daha hızlı ilk yanıtlar ve %1 konusunda daha az talep</translation>
    </message>
    <message>
        <source>Tickets about %1, per 4 weeks</source>
        <translation>%1 konusundaki talepler, 4 haftada bir</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>No analysed tickets yet: import a help-desk export, then run `flywheel-cli --db STORE run --stage service`.</source>
        <translation>Henüz analiz edilmiş talep yok: bir destek sistemi dışa aktarımını içe aktarın, ardından `flywheel-cli --db MAĞAZA run --stage service` komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>No content gaps: either no customer asked the same thing about a product often enough, or the Service stage has not run yet.</source>
        <translation>İçerik boşluğu yok: ya hiçbir müşteri bir ürün hakkında aynı şeyi yeterince sık sormadı ya da Destek aşaması henüz çalışmadı.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n customer(s) asked; %3 %4 at risk</source>
        <translation>
            <numerusform>%1 — %2: %n müşteri sordu; %3 %4 risk altında</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>The analysis was cancelled; nothing was changed.</source>
        <translation>Analiz iptal edildi; hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>ServiceStage</name>
    <message>
        <source>negative tickets, last 4 weeks (%)</source>
        <translation>olumsuz talepler, son 4 hafta (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) and %1 reviews read; %2 content gaps</source>
        <translation>
            <numerusform>%n talep ve %1 yorum okundu; %2 içerik boşluğu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content gap(s)</source>
        <translation>
            <numerusform>%n içerik boşluğu</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Destek</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 bir sayı olmalıdır.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is outside that range.</source>
        <translation>%1, %2 ile %3 arasında olmalıdır; %4 bu aralığın dışında.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; keep it to %3.</source>
        <translation>%1 %2 karakter uzunluğunda; en çok %3 karakter olabilir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for %2.</source>
        <translation>&quot;%1&quot;, %2 için seçeneklerden biri değil.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>İngilizce</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Almanca</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>İspanyolca</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Fransızca</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>İtalyanca</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Felemenkçe</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portekizce</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Bilgisayarla aynı</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use the three letters of your currency, such as USD, EUR, GBP or TRY.</source>
        <translation>&quot;%1&quot; bir para birimi kodu değil. Para biriminizin üç harfli kodunu kullanın; örneğin USD, EUR, GBP ya da TRY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Choose one from the list, such as Europe/Istanbul or America/New_York.</source>
        <translation>&quot;%1&quot; bu bilgisayarın tanıdığı bir saat dilimi değil. Listeden birini seçin; örneğin Europe/Istanbul ya da America/New_York.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analiz</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Uygulama</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Mağaza adı</translation>
    </message>
    <message>
        <source>Shown in the window title and on files Flywheel writes for you.</source>
        <translation>Pencere başlığında ve Flywheel&apos;in sizin için yazdığı dosyalarda görünür.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Para birimi</translation>
    </message>
    <message>
        <source>Three-letter code (USD, EUR, TRY, …) for prices in files that do not name their currency.</source>
        <translation>Para birimini belirtmeyen dosyalardaki fiyatlar için üç harfli kod (USD, EUR, TRY, …).</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Saat dilimi</translation>
    </message>
    <message>
        <source>Where your store&apos;s day starts and ends, for daily and weekly figures.</source>
        <translation>Günlük ve haftalık rakamlar için mağazanızın gününün nerede başlayıp bittiği.</translation>
    </message>
    <message>
        <source>Customers&apos; language</source>
        <translation>Müşterilerin dili</translation>
    </message>
    <message>
        <source>The language of your reviews and support messages, so Flywheel reads them with the right words.</source>
        <translation>Yorumlarınızın ve destek mesajlarınızın dili; Flywheel bunları doğru sözcüklerle okusun diye.</translation>
    </message>
    <message>
        <source>Questions before a content gap</source>
        <translation>İçerik boşluğu için soru sayısı</translation>
    </message>
    <message>
        <source>How many customers must ask about the same detail of a product before Flywheel suggests adding it to the product page.</source>
        <translation>Flywheel&apos;in bir ürünün aynı ayrıntısını ürün sayfasına eklemeyi önermesi için kaç müşterinin bu ayrıntıyı sorması gerektiği.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>soru</translation>
    </message>
    <message>
        <source>Unhappy-customer alert</source>
        <translation>Memnun olmayan müşteri uyarısı</translation>
    </message>
    <message>
        <source>Flag a product when at least this share of its reviews and messages is negative.</source>
        <translation>Yorumlarının ve mesajlarının en az bu kadarı olumsuz olan ürün işaretlenir.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Searches without results alert</source>
        <translation>Sonuçsuz arama uyarısı</translation>
    </message>
    <message>
        <source>Flag your site search when at least this share of searches finds nothing.</source>
        <translation>Aramaların en az bu kadarı hiçbir şey bulamadığında site içi aramanız işaretlenir.</translation>
    </message>
    <message>
        <source>Supplier lead time</source>
        <translation>Tedarikçi teslim süresi</translation>
    </message>
    <message>
        <source>Days from placing a purchase order to having the goods on the shelf, for products without a lead time of their own.</source>
        <translation>Kendi teslim süresi olmayan ürünler için, satın alma siparişi verildiği andan malın rafa gelmesine kadar geçen gün sayısı.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>gün</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Hizmet düzeyi</translation>
    </message>
    <message>
        <source>How often an order should find the product in stock. Higher means fewer stockouts and more stock to pay for.</source>
        <translation>Bir siparişin ürünü ne sıklıkla stokta bulması gerektiği. Daha yüksek değer, daha az stok tükenmesi ve parası ödenecek daha fazla stok demektir.</translation>
    </message>
    <message>
        <source>Overstock after</source>
        <translation>Fazla stok eşiği</translation>
    </message>
    <message>
        <source>A product counts as overstocked when its stock would last longer than this at the current pace of sales.</source>
        <translation>Stoku şu anki satış hızıyla bundan daha uzun süre yetecek bir ürün fazla stoklu sayılır.</translation>
    </message>
    <message>
        <source>weeks of sales</source>
        <translation>haftalık satış</translation>
    </message>
    <message>
        <source>Language of Flywheel</source>
        <translation>Flywheel&apos;in dili</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Money, dates and numbers follow it too.</source>
        <translation>Menülerin, düğmelerin ve mesajların dili. Para, tarih ve sayılar da buna uyar.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>Held-back control group</source>
        <translation>Dışarıda tutulan kontrol grubu</translation>
    </message>
    <message>
        <source>The share of each promotion&apos;s audience that is chosen at random and gets nothing. Comparing the two groups afterwards shows what the promotion really changed.</source>
        <translation>Her kampanyanın hedef kitlesinden rastgele seçilen ve hiçbir şey almayan kısmın oranı. Daha sonra iki grubu karşılaştırmak, kampanyanın gerçekte neyi değiştirdiğini gösterir.</translation>
    </message>
    <message>
        <source>Lowest margin on a promotion</source>
        <translation>Kampanyada en düşük marj</translation>
    </message>
    <message>
        <source>A promotion never discounts a product below this margin over its cost. Products without a cost are never discounted by more than the largest discount.</source>
        <translation>Bir kampanya, bir ürünün fiyatını hiçbir zaman maliyetinin üzerindeki bu marjın altına indirmez. Maliyeti bilinmeyen ürünlere en yüksek indirimden fazlası uygulanmaz.</translation>
    </message>
    <message>
        <source>Largest discount</source>
        <translation>En yüksek indirim</translation>
    </message>
    <message>
        <source>No promotion suggests a deeper discount than this.</source>
        <translation>Hiçbir kampanya bundan yüksek bir indirim önermez.</translation>
    </message>
    <message>
        <source>Promotion length</source>
        <translation>Kampanya süresi</translation>
    </message>
    <message>
        <source>How long a suggested promotion&apos;s code is valid.</source>
        <translation>Önerilen bir kampanyanın kodunun ne kadar süre geçerli olduğu.</translation>
    </message>
    <message>
        <source>Demo store size</source>
        <translation>Demo mağaza boyutu</translation>
    </message>
    <message>
        <source>The size the demo store was made at; empty for a real store.</source>
        <translation>Demo mağazanın oluşturulduğu boyut; gerçek bir mağazada boştur.</translation>
    </message>
    <message>
        <source>Demo store seed</source>
        <translation>Demo mağaza tohumu</translation>
    </message>
    <message>
        <source>The random seed the demo store was made with.</source>
        <translation>Demo mağazanın oluşturulduğu rastgele sayı tohumu.</translation>
    </message>
    <message>
        <source>Demo weeks after the history</source>
        <translation>Geçmişten sonraki demo haftaları</translation>
    </message>
    <message>
        <source>How many weeks the demo store has been advanced past its history.</source>
        <translation>Demo mağazanın, geçmişinin ötesine kaç hafta ilerletildiği.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>hafta</translation>
    </message>
    <message>
        <source>Demo purchase orders placed</source>
        <translation>Verilen demo satın alma siparişleri</translation>
    </message>
    <message>
        <source>The pushed reorders the advanced demo store has already ordered.</source>
        <translation>İlerletilen demo mağazanın zaten sipariş ettiği, gönderilmiş yeniden siparişler.</translation>
    </message>
</context>
<context>
    <name>ShopifyCustomersImporter</name>
    <message>
        <source>Shopify customers export</source>
        <translation>Shopify müşteri dışa aktarımı</translation>
    </message>
    <message>
        <source>the customer has neither an e-mail address nor a customer ID</source>
        <translation>müşterinin ne e-posta adresi ne de müşteri kimliği var</translation>
    </message>
</context>
<context>
    <name>ShopifyInventoryImporter</name>
    <message>
        <source>Shopify inventory export</source>
        <translation>Shopify stok dışa aktarımı</translation>
    </message>
    <message>
        <source>the row has no product handle</source>
        <translation>satırda ürün handle değeri yok</translation>
    </message>
    <message>
        <source>the row names no location</source>
        <translation>satırda konum belirtilmemiş</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>&quot;%1&quot; %2</translation>
    </message>
</context>
<context>
    <name>ShopifyOrdersImporter</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify sipariş dışa aktarımı</translation>
    </message>
    <message>
        <source>this line item&apos;s order has no first row with the order&apos;s totals in this file or the store</source>
        <translation>bu sipariş kaleminin siparişi için ne bu dosyada ne de mağazada sipariş toplamlarını içeren ilk satır var</translation>
    </message>
    <message>
        <source>Line %1: the SKU &quot;%2&quot; was turned into a number by a spreadsheet and cannot be matched; export the orders again without opening them in Excel.</source>
        <translation>Satır %1: &quot;%2&quot; stok kodu bir hesap tablosu tarafından sayıya çevrilmiş ve eşleştirilemiyor; siparişleri Excel&apos;de açmadan yeniden dışa aktarın.</translation>
    </message>
    <message>
        <source>the order name is empty</source>
        <translation>sipariş adı boş</translation>
    </message>
    <message>
        <source>the line item has no name</source>
        <translation>sipariş kaleminin adı yok</translation>
    </message>
    <message>
        <source>the line item has no quantity</source>
        <translation>sipariş kaleminin miktarı yok</translation>
    </message>
    <message>
        <source>the order has no creation date</source>
        <translation>siparişin oluşturulma tarihi yok</translation>
    </message>
</context>
<context>
    <name>ShopifyProductsImporter</name>
    <message>
        <source>Shopify products export</source>
        <translation>Shopify ürün dışa aktarımı</translation>
    </message>
    <message>
        <source>the product has no handle</source>
        <translation>ürünün handle değeri yok</translation>
    </message>
    <message>
        <source>Line %1: the barcode &quot;%2&quot; was turned into a number by a spreadsheet and its digits are lost; it was left empty. Export the products again without opening them in Excel.</source>
        <translation>Satır %1: &quot;%2&quot; barkodu bir hesap tablosu tarafından sayıya çevrilmiş ve rakamları kaybolmuş; boş bırakıldı. Ürünleri Excel&apos;de açmadan yeniden dışa aktarın.</translation>
    </message>
</context>
<context>
    <name>SpendModel</name>
    <message>
        <source>A repeat customer&apos;s spend is impossible (%1 repeat purchases averaging %2); the order history needs to be read again.</source>
        <translation>Tekrar alışveriş yapan bir müşterinin harcaması imkânsız (ortalama %2 tutarında %1 tekrar satın alma); sipariş geçmişinin yeniden okunması gerekiyor.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have paid for a second order so far, too few to estimate what customers will spend per order; the estimate appears once at least %1 customers have paid for a repeat order.</source>
        <translation>
            <numerusform>Şimdiye kadar %n müşteri ikinci bir siparişin ödemesini yaptı; bu, müşterilerin sipariş başına ne harcayacağını tahmin etmek için çok az; tahmin en az %1 müşteri tekrar siparişin ödemesini yaptığında görünür.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlRowLoader</name>
    <message>
        <source>The store has no table named &quot;%1&quot;.</source>
        <translation>Mağazada &quot;%1&quot; adında bir tablo yok.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>The %1 analysis was cancelled; the previous results are kept.</source>
        <translation>%1 analizi iptal edildi; önceki sonuçlar korunuyor.</translation>
    </message>
</context>
<context>
    <name>StockHealth</name>
    <message>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <source>Reorder now</source>
        <translation>Şimdi yeniden sipariş verin</translation>
    </message>
    <message>
        <source>Overstocked</source>
        <translation>Fazla stok</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Sağlıklı</translation>
    </message>
    <message>
        <source>No demand</source>
        <translation>Talep yok</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Satışta değil</translation>
    </message>
</context>
<context>
    <name>SynonymGroups</name>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>A group needs at least two words that mean the same, separated by commas, e.g. “jumper, sweater”.</source>
        <translation>Bir grupta aynı anlama gelen, virgülle ayrılmış en az iki sözcük olmalıdır; ör. “kazak, süveter”.</translation>
    </message>
    <message>
        <source>A group can hold at most %1 synonyms and this one has %2. Split it into smaller groups.</source>
        <translation>Bir grupta en çok %1 eş anlamlı olabilir, bu grupta %2 var. Grubu daha küçük gruplara bölün.</translation>
    </message>
    <message>
        <source>%1 has %2 words; a synonym can have at most %3. Shorten it.</source>
        <translation>%1 %2 sözcükten oluşuyor; bir eş anlamlı en çok %3 sözcük olabilir. Kısaltın.</translation>
    </message>
    <message>
        <source>%1 is already in the group %2, and a word can be in only one group. Add the other words to that group instead.</source>
        <translation>%1 zaten %2 grubunda ve bir sözcük yalnızca bir grupta olabilir. Bunun yerine diğer sözcükleri o gruba ekleyin.</translation>
    </message>
    <message>
        <source>That synonym group is no longer there; it may have been deleted. Add it again.</source>
        <translation>Bu eş anlamlı grubu artık yok; silinmiş olabilir. Yeniden ekleyin.</translation>
    </message>
</context>
<context>
    <name>TicketImporter</name>
    <message>
        <source>Zendesk tickets export</source>
        <translation>Zendesk talep dışa aktarımı</translation>
    </message>
    <message>
        <source>Freshdesk tickets export</source>
        <translation>Freshdesk talep dışa aktarımı</translation>
    </message>
    <message>
        <source>Tickets (id, created, subject, body, customer email, order number, …)</source>
        <translation>Talepler (kimlik, oluşturulma, konu, metin, müşteri e-postası, sipariş numarası, …)</translation>
    </message>
    <message>
        <source>the ticket has no ID</source>
        <translation>talebin kimliği yok</translation>
    </message>
    <message>
        <source>the ticket has no creation date</source>
        <translation>talebin oluşturulma tarihi yok</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Spike</source>
        <translation>Ani sıçrama</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Yükselişte</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Durağan</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>Düşüşte</translation>
    </message>
    <message>
        <source>recent level, moved with its season last year</source>
        <translation>son düzey, geçen yılki kendi sezonuna göre ayarlanmış</translation>
    </message>
    <message>
        <source>recent level, moved with its peers</source>
        <translation>son düzey, benzerlerine göre ayarlanmış</translation>
    </message>
    <message>
        <source>recent level, moved with the store</source>
        <translation>son düzey, mağazanın geneline göre ayarlanmış</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>expected a date such as 2025-05-11 or 2025-05-11 09:55:16 -0400</source>
        <translation>2025-05-11 ya da 2025-05-11 09:55:16 -0400 gibi bir tarih değil</translation>
    </message>
    <message>
        <source>expected an amount such as 12.50</source>
        <translation>12.50 gibi bir tutar değil</translation>
    </message>
    <message>
        <source>has more decimals than the currency allows</source>
        <translation>para biriminin izin verdiğinden fazla ondalık basamak içeriyor</translation>
    </message>
    <message>
        <source>is too large to be an amount</source>
        <translation>bir tutar olamayacak kadar büyük</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>tam sayı değil</translation>
    </message>
    <message>
        <source>expected a number such as 12.5</source>
        <translation>12.5 gibi bir sayı değil</translation>
    </message>
    <message>
        <source>expected yes or no (true/false)</source>
        <translation>evet ya da hayır (true/false) değil</translation>
    </message>
</context>
<context>
    <name>VariantForecasts</name>
    <message>
        <source>The demand forecast was cancelled; the previous forecasts are kept.</source>
        <translation>Talep tahmini iptal edildi; önceki tahminler korunuyor.</translation>
    </message>
</context>
<context>
    <name>VendorTerms</name>
    <message>
        <source>A lead time of %1 days for %2 is out of range; enter 1 to 365 days.</source>
        <translation>%2 için %1 günlük tedarik süresi geçerli aralığın dışında; 1 ile 365 gün arasında bir değer girin.</translation>
    </message>
    <message>
        <source>A service level of %1 % for %2 is out of range; enter 50 to 99.9 %.</source>
        <translation>%2 için yüzde %1 hizmet düzeyi geçerli aralığın dışında; yüzde 50 ile 99,9 arasında bir değer girin.</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>değişiklik yok</translation>
    </message>
    <message>
        <source>up from %1</source>
        <translation>%1 değerinden yükseldi</translation>
    </message>
    <message>
        <source>down from %1</source>
        <translation>%1 değerinden düştü</translation>
    </message>
    <message>
        <source>Orders up to %1</source>
        <translation>%1 tarihine kadarki siparişler</translation>
    </message>
    <message>
        <source>No orders imported yet</source>
        <translation>Henüz sipariş içe aktarılmadı</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Haftalık rapor</translation>
    </message>
    <message>
        <source>%1  ·  generated %2</source>
        <translation>%1  ·  oluşturulma: %2</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>ilk çalıştırma</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Henüz çalıştırılmadı.</translation>
    </message>
    <message>
        <source>The wheel</source>
        <translation>Döngü</translation>
    </message>
    <message>
        <source>Each stage&apos;s headline figure from its latest run, against the run before.</source>
        <translation>Her aşamanın son çalıştırmasındaki ana rakamı, bir önceki çalıştırmayla karşılaştırmalı.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Rakam</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Bulduğu</translation>
    </message>
    <message>
        <source>one run so far</source>
        <translation>şimdiye kadar bir çalıştırma</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Gidişat</translation>
    </message>
    <message>
        <source>No figures recorded yet: the wheel records them each time it runs over new orders.</source>
        <translation>Henüz kaydedilmiş rakam yok: döngü bunları yeni siparişler üzerinde her çalıştığında kaydeder.</translation>
    </message>
    <message>
        <source>The wheel&apos;s figures each time the store was analysed; the dot is the latest. Green is better than the run before, red is worse.</source>
        <translation>Mağaza her analiz edildiğinde döngünün rakamları; nokta en son değerdir. Yeşil bir önceki çalıştırmadan daha iyi, kırmızı daha kötü demektir.</translation>
    </message>
    <message>
        <source>Actions waiting for you</source>
        <translation>Sizi bekleyen eylemler</translation>
    </message>
    <message>
        <source>No action is waiting for you: every suggestion has been handled.</source>
        <translation>Sizi bekleyen eylem yok: tüm öneriler ele alındı.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>kabul edildi</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Beklenen: %1</translation>
    </message>
    <message>
        <source>The %1 most important of %2 waiting actions: accepted ones first, then each stage&apos;s surest with the most evidence. The action queue in Flywheel has them all.</source>
        <translation>Bekleyen %2 eylemin en önemli %1 tanesi: önce kabul edilenler, ardından her aşamanın en çok kanıta sahip en güvenilir eylemleri. Flywheel&apos;deki eylem kuyruğunda hepsi var.</translation>
    </message>
    <message>
        <source>Accepted ones first, then each stage&apos;s surest with the most evidence.</source>
        <translation>Önce kabul edilenler, ardından her aşamanın en çok kanıta sahip en güvenilir eylemleri.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>bekliyor</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>belirsiz</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>işe yaradı</translation>
    </message>
    <message>
        <source>went the wrong way</source>
        <translation>ters yönde gitti</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Sonuçlar</translation>
    </message>
    <message>
        <source>Nothing pushed yet, so there is nothing to measure. Push accepted actions; later reports measure what each one did.</source>
        <translation>Henüz hiçbir şey gönderilmedi, bu yüzden ölçülecek bir şey yok. Kabul edilen eylemleri gönderin; sonraki raporlar her birinin ne sağladığını ölçer.</translation>
    </message>
    <message>
        <source>%1 measured, %2 still in their window. Each pushed action is judged by its own figure over the days after it against the days before, or its audience against the held-back group.</source>
        <translation>Ölçülen: %1, ölçüm süresi dolmayan: %2. Gönderilen her eylem, kendi rakamının sonraki günlerde önceki günlere göre değişimiyle ya da hedef kitlesinin kontrol grubuyla karşılaştırılmasıyla değerlendirilir.</translation>
    </message>
    <message>
        <source>Action and what it did</source>
        <translation>Eylem ve sonucu</translation>
    </message>
    <message>
        <source>Stage and figure</source>
        <translation>Aşama ve rakam</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <source>Weekly report — %1</source>
        <translation>Haftalık rapor — %1</translation>
    </message>
    <message>
        <source>Made by Flywheel on your own computer from the store&apos;s data.</source>
        <translation>Flywheel tarafından, mağazanın verilerinden kendi bilgisayarınızda oluşturuldu.</translation>
    </message>
    <message>
        <source>Weekly report · %1 · %2</source>
        <translation>Haftalık rapor · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message>
        <source>The report is written as a web page or a PDF, and &quot;%1&quot; is neither: end the file name with .html or .pdf.</source>
        <translation>Rapor bir web sayfası ya da PDF olarak yazılır ve &quot;%1&quot; bunların hiçbiri değil: dosya adını .html ya da .pdf ile bitirin.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Choose a folder you can write to.</source>
        <translation>Rapor %1 konumuna yazılamadı: %2. Yazma izniniz olan bir klasör seçin.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Check that the disk has room and try again.</source>
        <translation>Rapor %1 konumuna yazılamadı: %2. Diskte yer olduğunu denetleyip yeniden deneyin.</translation>
    </message>
</context>
<context>
    <name>WheelStages</name>
    <message>
        <source>Service</source>
        <translation>Destek</translation>
    </message>
    <message>
        <source>Reads your help-desk tickets and reviews: how customers feel, what they ask, and which product questions your pages leave unanswered.</source>
        <translation>Destek taleplerinizi ve yorumlarınızı okur: müşterilerin ne hissettiğini, ne sorduğunu ve sayfalarınızın hangi ürün sorularını yanıtsız bıraktığını.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Finds the attributes, tags and descriptions your products are missing, starting with what customers keep asking about.</source>
        <translation>Müşterilerin en sık sorduklarından başlayarak ürünlerinizde eksik olan özellikleri, etiketleri ve açıklamaları bulur.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Explains the searches on your site that find nothing or the wrong thing: typos, wording, missing filters, items out of stock or not carried.</source>
        <translation>Sitenizde hiçbir şey ya da yanlış şeyi bulan aramaları açıklar: yazım hataları, farklı sözcükler, eksik filtreler, stokta olmayan ya da satılmayan ürünler.</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Vitrin</translation>
    </message>
    <message>
        <source>Spots trending searches and products and suggests which products to feature and how to order your collections.</source>
        <translation>Yükselen aramaları ve ürünleri fark eder; hangi ürünleri öne çıkaracağınızı ve koleksiyonlarınızı nasıl sıralayacağınızı önerir.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Forecasts demand per item, warns before stock runs out or piles up, and drafts purchase orders.</source>
        <translation>Her ürün için talebi tahmin eder, stok bitmeden ya da birikmeden önce uyarır ve satın alma siparişi taslakları hazırlar.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>Turns overstock into promotions for the customers most likely to respond, with a held-back group to measure what the promotion really did.</source>
        <translation>Fazla stoku, en çok karşılık verecek müşterilere yönelik kampanyalara dönüştürür; kampanyanın gerçekte ne sağladığını ölçmek için bir kontrol grubunu dışarıda tutar.</translation>
    </message>
</context>
<context>
    <name>WooCustomersImporter</name>
    <message>
        <source>WooCommerce Analytics customers download</source>
        <translation>WooCommerce Analytics müşteri indirmesi</translation>
    </message>
    <message>
        <source>the customer has no e-mail address</source>
        <translation>müşterinin e-posta adresi yok</translation>
    </message>
</context>
<context>
    <name>WooOrdersImporter</name>
    <message>
        <source>WooCommerce Analytics orders download</source>
        <translation>WooCommerce Analytics sipariş indirmesi</translation>
    </message>
    <message>
        <source>the order has no number</source>
        <translation>siparişin numarası yok</translation>
    </message>
    <message>
        <source>the order has no date</source>
        <translation>siparişin tarihi yok</translation>
    </message>
    <message>
        <source>the order lists no products</source>
        <translation>siparişte ürün yok</translation>
    </message>
</context>
<context>
    <name>WooProductsImporter</name>
    <message>
        <source>WooCommerce products export</source>
        <translation>WooCommerce ürün dışa aktarımı</translation>
    </message>
    <message>
        <source>the product has neither an ID nor a SKU</source>
        <translation>ürünün ne kimliği ne de stok kodu var</translation>
    </message>
    <message>
        <source>the variation&apos;s parent product is neither in this file nor in the store</source>
        <translation>varyasyonun ana ürünü ne bu dosyada ne de mağazada var</translation>
    </message>
</context>
<context>
    <name>flywheel::AboutDialog</name>
    <message>
        <source>About Flywheel</source>
        <translation>Flywheel hakkında</translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>Turns your online store&apos;s exports into a queue of concrete actions, pushes them back out as files your platforms import, and measures what they did.</source>
        <translation>Çevrimiçi mağazanızın dışa aktarımlarını somut eylemlerden oluşan bir kuyruğa dönüştürür, bunları platformlarınızın içe aktardığı dosyalar olarak geri gönderir ve ne işe yaradıklarını ölçer.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: Flywheel opens no network connection.</source>
        <translation>Hiçbir şey bu bilgisayardan çıkmaz: Flywheel hiçbir ağ bağlantısı açmaz.</translation>
    </message>
    <message>
        <source>Flywheel is free software under the GNU General Public License, version 3 or later, and comes with no warranty. Built with Qt %1, running on Qt %2.</source>
        <translation>Flywheel, GNU Genel Kamu Lisansı sürüm 3 veya sonrası altında özgür yazılımdır ve hiçbir garanti vermez. Qt %1 ile derlendi, Qt %2 üzerinde çalışıyor.</translation>
    </message>
    <message>
        <source>Show licence</source>
        <translation>Lisansı göster</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Sürüm %1</translation>
    </message>
    <message>
        <source>Each store is one .flywheel file, kept where you chose when you created it. The demo store is in %1 and Flywheel&apos;s settings in %2. To back up a store, copy its .flywheel file while Flywheel is closed; to restore it, open the copy.</source>
        <translation>Her mağaza, oluştururken seçtiğiniz yerde duran tek bir .flywheel dosyasıdır. Demo mağaza %1 içinde, Flywheel ayarları %2 içindedir. Bir mağazayı yedeklemek için Flywheel kapalıyken .flywheel dosyasını kopyalayın; geri yüklemek için kopyayı açın.</translation>
    </message>
    <message>
        <source>The licence text is missing from this copy of Flywheel.</source>
        <translation>Flywheel’in bu kopyasında lisans metni eksik.</translation>
    </message>
    <message>
        <source>Hide licence</source>
        <translation>Lisansı gizle</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionDetailPane</name>
    <message>
        <source>Pick an action to see why it is suggested and decide on it.</source>
        <translation>Neden önerildiğini görmek ve karar vermek için bir eylem seçin.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Yeniden aç</translation>
    </message>
    <message>
        <source>Accept: Push will hand this action out as a file</source>
        <translation>Kabul et: Gönder, bu eylemi bir dosya olarak verir</translation>
    </message>
    <message>
        <source>Dismiss: it will not be suggested again unless its evidence grows</source>
        <translation>Yok say: kanıtı artmadıkça yeniden önerilmez</translation>
    </message>
    <message>
        <source>Put the action back among the new ones</source>
        <translation>Eylemi yeni eylemlerin arasına geri koyar</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Beklenen etki</translation>
    </message>
    <message>
        <source>How it will be measured</source>
        <translation>Nasıl ölçülecek</translation>
    </message>
    <message>
        <source>%1% confident</source>
        <translation>%%1 emin</translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n day(s) after it is pushed.</source>
        <translation>
            <numerusform>%1, gönderildikten sonraki %n gün boyunca.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across the wheel</source>
        <translation>Döngü boyunca</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Sonuç</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueueModel</name>
    <message>
        <source>New</source>
        <translation>Yeni</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Yok sayıldı</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Ölçüldü</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Güncellendi</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueuePage</name>
    <message>
        <source>Stage</source>
        <translation>Aşama</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Tüm aşamalar</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Open (new and accepted)</source>
        <translation>Açık (yeni ve kabul edilmiş)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Tüm durumlar</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Eylemler</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Aşama:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Durum:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>%1 / %n eylem</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet. Press Run: each stage of the wheel adds the actions it finds here.</source>
        <translation>Henüz eylem yok. Çalıştır&apos;a basın: döngünün her aşaması bulduğu eylemleri buraya ekler.</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Bu filtrelere uyan eylem yok.</translation>
    </message>
</context>
<context>
    <name>flywheel::CollectionOrderView</name>
    <message>
        <source>Collection</source>
        <translation>Koleksiyon</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Önerilen</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Şimdi</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Collection order</source>
        <translation>Koleksiyon sıralaması</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n product(s))</source>
        <translation>
            <numerusform>%1 (%n ürün)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — new order accepted</source>
        <translation>%1 — yeni sıralama kabul edildi</translation>
    </message>
    <message>
        <source>%1 — reorder suggested</source>
        <translation>%1 — yeniden sıralama önerildi</translation>
    </message>
    <message>
        <source>No collections ranked yet: import a collections list and press Run.</source>
        <translation>Henüz sıralanmış koleksiyon yok: bir koleksiyon listesi içe aktarın ve Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>A new order is suggested: accept it below to write it as a file.</source>
        <translation>Yeni bir sıralama öneriliyor: dosya olarak yazmak için aşağıda kabul edin.</translation>
    </message>
    <message>
        <source>The current order is close to the suggested one.</source>
        <translation>Mevcut sıralama önerilene yakın.</translation>
    </message>
    <message>
        <source>Could not read the collection&apos;s order: %1</source>
        <translation>Koleksiyonun sıralaması okunamadı: %1</translation>
    </message>
</context>
<context>
    <name>flywheel::ContentPanel</name>
    <message>
        <source>Answer a question</source>
        <translation>Soru yanıtla</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Etiket ekle</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Özellik ekle</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Yok sayıldı</translation>
    </message>
    <message>
        <source>In a product file</source>
        <translation>Ürün dosyasında</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Ölçüldü</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 ve %n tane daha</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Metni kaydet</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Write product file…</source>
        <translation>Ürün dosyası yaz…</translation>
    </message>
    <message>
        <source>By product type</source>
        <translation>Ürün türüne göre</translation>
    </message>
    <message>
        <source>By collection</source>
        <translation>Koleksiyona göre</translation>
    </message>
    <message>
        <source>Group completeness</source>
        <translation>Grupların eksiksizliği</translation>
    </message>
    <message>
        <source>Completeness of the least complete groups</source>
        <translation>En eksik grupların eksiksizliği</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Ürün türü</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Eksiksiz</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Eksik</translation>
    </message>
    <message>
        <source>Most often missing</source>
        <translation>En sık eksik olan</translation>
    </message>
    <message>
        <source>Completeness per group</source>
        <translation>Gruba göre eksiksizlik</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Düzenleme</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Konu</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Risk altındaki gelir</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Suggested edits</source>
        <translation>Önerilen düzenlemeler</translation>
    </message>
    <message>
        <source>Why this edit is suggested</source>
        <translation>Bu düzenleme neden öneriliyor</translation>
    </message>
    <message>
        <source>Text to add</source>
        <translation>Eklenecek metin</translation>
    </message>
    <message>
        <source>Writes the accepted edits as a product CSV your store imports</source>
        <translation>Kabul edilen düzenlemeleri mağazanızın içe aktardığı bir ürün CSV dosyası olarak yazar</translation>
    </message>
    <message>
        <source>How complete product pages are</source>
        <translation>Ürün sayfaları ne kadar eksiksiz</translation>
    </message>
    <message>
        <source>Text to add (edit it before you accept):</source>
        <translation>Eklenecek metin (kabul etmeden önce düzenleyin):</translation>
    </message>
    <message>
        <source>Suggested edits: answers to what customers ask first</source>
        <translation>Önerilen düzenlemeler: önce müşterilerin sorduklarına yanıtlar</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>İçerik</translation>
    </message>
    <message>
        <source>Could not read the Content results: %1</source>
        <translation>İçerik sonuçları okunamadı: %1</translation>
    </message>
    <message>
        <source>No product pages read yet. Import your products export (Shopify or WooCommerce), then press Run.</source>
        <translation>Henüz hiçbir ürün sayfası okunmadı. Ürün dışa aktarımınızı (Shopify ya da WooCommerce) içe aktarın, ardından Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>%1 product pages read; on average they state %2% of what pages like them state. %3 edits suggested, %4 of them answers to questions customers keep asking.</source>
        <translation>%1 ürün sayfası okundu; bu sayfalar ortalamada benzer sayfaların belirttiklerinin %%2 kadarını belirtiyor. %3 düzenleme önerildi; bunların %4 tanesi müşterilerin sürekli sorduğu sorulara yanıt.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Koleksiyon</translation>
    </message>
    <message>
        <source>No product type</source>
        <translation>Ürün türü yok</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Eksiksiz (%)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a suggested edit to see why it is suggested and the text to add.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Neden önerildiğini ve eklenecek metni görmek için önerilen bir düzenlemeyi seçin.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Kanıt</translation>
    </message>
    <message>
        <source>Write product file</source>
        <translation>Ürün dosyası yaz</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV dosyaları (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 yazıldı.</translation>
    </message>
    <message>
        <source>No product file was written.</source>
        <translation>Hiçbir ürün dosyası yazılmadı.</translation>
    </message>
    <message>
        <source>Import it in your store&apos;s admin (Shopify: Products › Import, with “Overwrite products with matching handles”; WooCommerce: Products › Import, with “Update existing products”). Your next export then brings the new text back to Flywheel.</source>
        <translation>Dosyayı mağazanızın yönetim panelinde içe aktarın (Shopify: Ürünler › İçe aktar, “Aynı handle değerine sahip ürünlerin üzerine yaz” seçeneğiyle; WooCommerce: Ürünler › İçe aktar, “Mevcut ürünleri güncelle” seçeneğiyle). Sonraki dışa aktarımınız yeni metni Flywheel&apos;e geri getirir.</translation>
    </message>
</context>
<context>
    <name>flywheel::DemoStoreBuilder</name>
    <message>
        <source>Creating the demo store was cancelled.</source>
        <translation>Demo mağazanın oluşturulması iptal edildi.</translation>
    </message>
</context>
<context>
    <name>flywheel::FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>İçe aktarılacak dosyaları seçin</translation>
    </message>
    <message>
        <source>Exports from your shop, such as orders, customers, products or stock. Flywheel recognises each file by its columns.</source>
        <translation>Mağazanızdan alınan siparişler, müşteriler, ürünler ya da stok gibi dışa aktarımlar. Flywheel her dosyayı sütunlarından tanır.</translation>
    </message>
    <message>
        <source>Drop export files here, or choose Add files.</source>
        <translation>Dışa aktarım dosyalarını buraya bırakın ya da Dosya ekle&apos;yi seçin.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Dosya</translation>
    </message>
    <message>
        <source>How Flywheel reads it</source>
        <translation>Flywheel nasıl okuyor</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dosya ekle…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Sütunları seç…</translation>
    </message>
    <message>
        <source>Tell Flywheel yourself which column of the selected file is which</source>
        <translation>Seçili dosyanın hangi sütununun ne olduğunu Flywheel&apos;e kendiniz söyleyin</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dosyaları içe aktar</translation>
    </message>
    <message>
        <source>Exports from your shop (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Mağazanızın dışa aktarımları (*.csv *.tsv *.txt);;Tüm dosyalar (*)</translation>
    </message>
</context>
<context>
    <name>flywheel::ForecastChart</name>
    <message>
        <source>Demand history and forecast of the selected variant</source>
        <translation>Seçili varyantın talep geçmişi ve tahmini</translation>
    </message>
    <message>
        <source>Select a variant to see its forecast.</source>
        <translation>Tahminini görmek için bir varyant seçin.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>Yüzde 95 aralığı</translation>
    </message>
    <message>
        <source>80 % range</source>
        <translation>Yüzde 80 aralığı</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Tahmin</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Satılan</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Geriye dönük test</translation>
    </message>
    <message>
        <source>Units per day</source>
        <translation>Günlük adet</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Haftalık adet</translation>
    </message>
</context>
<context>
    <name>flywheel::GenericStagePanel</name>
    <message>
        <source>Open actions</source>
        <translation>Açık eylemler</translation>
    </message>
    <message>
        <source>Open in the action queue</source>
        <translation>Eylem listesinde aç</translation>
    </message>
    <message>
        <source>Open actions of %1</source>
        <translation>%1 aşamasının açık eylemleri</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Son çalıştırma</translation>
    </message>
    <message>
        <source>Could not read this stage: %1</source>
        <translation>Bu aşama okunamadı: %1</translation>
    </message>
    <message>
        <source>This version of Flywheel cannot run the %1 stage yet.</source>
        <translation>Flywheel&apos;in bu sürümü %1 aşamasını henüz çalıştıramıyor.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run in the toolbar to analyse the store.</source>
        <translation>Henüz çalıştırılmadı. Mağazayı analiz etmek için araç çubuğundaki Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>Ran %1, in %2 s.</source>
        <translation>Çalıştırıldı: %1, %2 sn sürdü.</translation>
    </message>
    <message>
        <source>The last run (%1) failed.</source>
        <translation>Son çalıştırma (%1) başarısız oldu.</translation>
    </message>
    <message>
        <source>The last run (%1) was cancelled.</source>
        <translation>Son çalıştırma (%1) iptal edildi.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Çalışıyor…</translation>
    </message>
    <message>
        <source>%1 since the previous run</source>
        <translation>önceki çalıştırmadan bu yana %1</translation>
    </message>
    <message>
        <source>Passed on: %1</source>
        <translation>Aktarılan: %1</translation>
    </message>
    <message>
        <source>Open actions: none</source>
        <translation>Açık eylemler: yok</translation>
    </message>
    <message>
        <source>Open actions (%1)</source>
        <translation>Açık eylemler (%1)</translation>
    </message>
</context>
<context>
    <name>flywheel::HealthModel</name>
    <message>
        <source>Days until the stock available now is expected to sell out</source>
        <translation>Şu an mevcut stokun tükenmesine kadar beklenen gün sayısı</translation>
    </message>
    <message>
        <source>The chance of running out before a reorder placed today could arrive</source>
        <translation>Bugün verilen bir yeniden sipariş gelmeden önce stokun tükenme olasılığı</translation>
    </message>
    <message>
        <source>Units to order now to reach the order-up-to level</source>
        <translation>Hedef stok düzeyine ulaşmak için şimdi sipariş edilecek adet</translation>
    </message>
    <message>
        <source>How far the forecast was off on the last weeks held out (WAPE)</source>
        <translation>Tahminin dışarıda tutulan son haftalarda ne kadar saptığı (WAPE)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Mevcut</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Yolda</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Stok günü</translation>
    </message>
    <message>
        <source>Sells out</source>
        <translation>Tükenme tarihi</translation>
    </message>
    <message>
        <source>Stockout risk</source>
        <translation>Tükenme riski</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Risk altındaki gelir</translation>
    </message>
    <message>
        <source>Overstock value</source>
        <translation>Fazla stok değeri</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Tahmin hatası</translation>
    </message>
    <message>
        <source>How long the oldest unit on hand has probably been in stock, first in first out</source>
        <translation>Eldeki en eski birimin muhtemelen ne kadar süredir stokta olduğu (ilk giren ilk çıkar)</translation>
    </message>
    <message>
        <source>Oldest unit (days)</source>
        <translation>En eski birim (gün)</translation>
    </message>
</context>
<context>
    <name>flywheel::HomePage</name>
    <message>
        <source>Nothing imported yet: press Import to bring in your shop&apos;s exports.</source>
        <translation>Henüz hiçbir şey içe aktarılmadı: mağazanızın dışa aktarımlarını getirmek için İçe aktar&apos;a basın.</translation>
    </message>
    <message>
        <source>Last import %1</source>
        <translation>Son içe aktarma: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln sipariş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln ürün</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln müşteri</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln talep</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln yorum</numerusform>
        </translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>henüz analiz edilmedi</translation>
    </message>
    <message>
        <source>analysed %1</source>
        <translation>analiz edildi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pushed action(s) measured, %1 clearly worked</source>
        <translation>
            <numerusform>Gönderilen %n eylem ölçüldü, %1 tanesi açıkça işe yaradı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their window to pass</source>
        <translation>
            <numerusform>%n eylem ölçüm süresinin dolmasını bekliyor</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes: %1 (see each in Actions).</source>
        <translation>Sonuçlar: %1 (her birini Eylemler bölümünde görebilirsiniz).</translation>
    </message>
</context>
<context>
    <name>flywheel::ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>İçe aktarılıyor</translation>
    </message>
    <message>
        <source>Each file goes in whole or not at all.</source>
        <translation>Her dosya ya bütünüyle aktarılır ya da hiç aktarılmaz.</translation>
    </message>
    <message>
        <source>Cancel stops the import: the file being imported is left out, files already imported stay, and you can undo them afterwards.</source>
        <translation>İptal, içe aktarmayı durdurur: o anda aktarılan dosya dışarıda kalır, zaten aktarılmış dosyalar kalır ve bunları daha sonra geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <source>Cancelling: leaving out the file being imported…</source>
        <translation>İptal ediliyor: o anda aktarılan dosya dışarıda bırakılıyor…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>İçe aktarılıyor: %1…</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>İçe aktarılıyor: %1 (%2 / %3 dosya)…</translation>
    </message>
</context>
<context>
    <name>flywheel::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Dosyaları içe aktar</translation>
    </message>
</context>
<context>
    <name>flywheel::InventoryPanel</name>
    <message>
        <source>No forecast: %1</source>
        <translation>Tahmin yok: %1</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Model: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) out of stock are left out of the history (gaps in the line), not read as no demand.</source>
        <translation>
            <numerusform>Stokta olmayan %n dönem geçmiş veriden çıkarıldı (çizgideki boşluklar); talep yokluğu olarak yorumlanmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too little history to hold weeks out for a backtest yet.</source>
        <translation>Geriye dönük test için hafta ayıracak kadar geçmiş veri henüz yok.</translation>
    </message>
    <message numerus="yes">
        <source>Backtest on the last %n period(s), held out and forecast from the weeks before them (dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % range %4.</source>
        <translation>
            <numerusform>Son %n dönem üzerinde geriye dönük test; bu dönemler dışarıda tutulup önceki haftalardan tahmin edildi (kesikli çizgi): sapma %1 (WAPE), yanlılık %2; yüzde 80 aralığı zamanın %3 kadarında, yüzde 95 aralığı %4 kadarında tuttu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over those periods it expected %1 units; %2 sold.</source>
        <translation>Bu dönemlerde %1 adet bekleniyordu; %2 adet satıldı.</translation>
    </message>
    <message>
        <source>Supplier terms…</source>
        <translation>Tedarikçi koşulları…</translation>
    </message>
    <message>
        <source>Show variants by health</source>
        <translation>Varyantları stok durumuna göre göster</translation>
    </message>
    <message>
        <source>Every variant</source>
        <translation>Tüm varyantlar</translation>
    </message>
    <message>
        <source>Find a SKU, product or vendor</source>
        <translation>SKU, ürün ya da tedarikçi bulun</translation>
    </message>
    <message>
        <source>Lead time and service level per supplier</source>
        <translation>Tedarikçi başına tedarik süresi ve hizmet düzeyi</translation>
    </message>
    <message>
        <source>Stock health</source>
        <translation>Stok durumu</translation>
    </message>
    <message>
        <source>Reorders: what to buy now to stay in stock</source>
        <translation>Yeniden siparişler: stokta kalmak için şimdi satın alınması gerekenler</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Could not read the Inventory results: %1</source>
        <translation>Stok sonuçları okunamadı: %1</translation>
    </message>
    <message>
        <source>No demand forecast yet. Import your orders export, and your inventory export for stock levels, then press Run.</source>
        <translation>Henüz talep tahmini yok. Sipariş dışa aktarımınızı ve stok düzeyleri için envanter dışa aktarımınızı içe aktarın, ardından Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>%1 variants forecast from their sales.</source>
        <translation>%1 varyant için satışlarından tahmin yapıldı.</translation>
    </message>
    <message>
        <source>No stock levels yet: import an inventory export to see cover, reorders and overstock.</source>
        <translation>Henüz stok düzeyi yok: stok yeterliliğini, yeniden siparişleri ve fazla stoku görmek için bir envanter dışa aktarımını içe aktarın.</translation>
    </message>
    <message>
        <source>%1 out of stock and %2 to reorder now (%3 in sales at risk); %4 overstocked (%5 tied up).</source>
        <translation>%1 stokta yok ve %2 şimdi yeniden sipariş edilmeli (%3 satış risk altında); %4 fazla stoklu (%5 bağlı sermaye).</translation>
    </message>
    <message>
        <source>Backtest on the weeks held out (%1 variants): week by week the forecasts were off by %2 (WAPE), their totals over those weeks by %3; the 80 % and 95 % ranges held %4 and %5 of the time.</source>
        <translation>Dışarıda tutulan haftalarda geriye dönük test (%1 varyant): tahminler hafta hafta %2 saptı (WAPE), bu haftalardaki toplamları ise %3; yüzde 80 ve yüzde 95 aralıkları zamanın sırasıyla %4 ve %5 kadarında tuttu.</translation>
    </message>
    <message>
        <source>Select a variant to see its forecast.</source>
        <translation>Tahminini görmek için bir varyant seçin.</translation>
    </message>
    <message>
        <source>This variant has not sold yet, so there is no demand to forecast.</source>
        <translation>Bu varyant henüz satılmadı; bu yüzden tahmin edilecek bir talep yok.</translation>
    </message>
    <message>
        <source>Supplier terms</source>
        <translation>Tedarikçi koşulları</translation>
    </message>
    <message>
        <source>Supplier terms saved; press Run to plan reorders with them.</source>
        <translation>Tedarikçi koşulları kaydedildi; yeniden siparişleri bunlarla planlamak için Çalıştır&apos;a basın.</translation>
    </message>
</context>
<context>
    <name>flywheel::LiveSearch</name>
    <message>
        <source>Why a result is there</source>
        <translation>Bir sonuç neden listede</translation>
    </message>
    <message>
        <source>Search your catalog</source>
        <translation>Kataloğunuzda arayın</translation>
    </message>
    <message>
        <source>Search your catalog as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>Kataloğunuzda bir müşteri gibi arayın; ör. “rain jacket under 100”</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Stok kodu</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Fiyat</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Arama sonuçları</translation>
    </message>
    <message>
        <source>How the search read the query</source>
        <translation>Aramanın sorguyu nasıl okuduğu</translation>
    </message>
    <message>
        <source>Where the selected result&apos;s score comes from</source>
        <translation>Seçili sonucun puanının nereden geldiği</translation>
    </message>
    <message>
        <source>How the search read it</source>
        <translation>Arama bunu nasıl okudu</translation>
    </message>
    <message numerus="yes">
        <source>Search your %n product(s) as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>
            <numerusform>%n ürününüzde bir müşteri gibi arayın; ör. “rain jacket under 100”</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query to see what your shoppers get, and why.</source>
        <translation>Müşterilerinizin ne bulduğunu ve nedenini görmek için bir sorgu yazın.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>bilinmiyor</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Stokta</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <source>Why “%1” is number %2</source>
        <translation>“%1” neden %2. sırada</translation>
    </message>
</context>
<context>
    <name>flywheel::MainWindow</name>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Mağaza okunamadı</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>Ye&amp;ni mağaza…</translation>
    </message>
    <message>
        <source>Create an empty store file to import your exports into</source>
        <translation>Dışa aktarımlarınızı içine aktaracağınız boş bir mağaza dosyası oluşturun</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Mağaza aç…</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>Bir mağaza dosyası açın</translation>
    </message>
    <message>
        <source>Open &amp;demo store</source>
        <translation>&amp;Demo mağazayı aç</translation>
    </message>
    <message>
        <source>Open a made-up shop to try Flywheel with (created the first time)</source>
        <translation>Flywheel&apos;i denemek için hayali bir mağaza açın (ilk seferde oluşturulur)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dosyaları içe &amp;aktar…</translation>
    </message>
    <message>
        <source>Bring exports from your shop (orders, customers, products, inventory) into this store</source>
        <translation>Mağazanızın dışa aktarımlarını (siparişler, müşteriler, ürünler, stok) bu mağazaya getirin</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>Ça&amp;lıştır</translation>
    </message>
    <message>
        <source>Analyse the store: every stage of the wheel reads your data and suggests actions</source>
        <translation>Mağazayı analiz edin: döngünün her aşaması verilerinizi okur ve eylemler önerir</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>A&amp;yarlar…</translation>
    </message>
    <message>
        <source>Store name, currency, time zone, thresholds and the language of Flywheel</source>
        <translation>Mağaza adı, para birimi, saat dilimi, eşikler ve Flywheel&apos;in dili</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;kış</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Mağaza</translation>
    </message>
    <message>
        <source>Could not open the store</source>
        <translation>Mağaza açılamadı</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>%1 konumunda mağaza dosyası yok.</translation>
    </message>
    <message>
        <source>Creating the demo store: writing a made-up shop&apos;s exports and importing them…</source>
        <translation>Demo mağaza oluşturuluyor: hayali bir mağazanın dışa aktarımları yazılıp içe aktarılıyor…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Yeni mağaza</translation>
    </message>
    <message>
        <source>Flywheel stores (*.flywheel)</source>
        <translation>Flywheel mağazaları (*.flywheel)</translation>
    </message>
    <message>
        <source>Could not create the store</source>
        <translation>Mağaza oluşturulamadı</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open store….</source>
        <translation>%1 zaten var. Başka bir ad seçin ya da Mağaza aç… ile açın.</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Mağaza aç</translation>
    </message>
    <message>
        <source>Flywheel stores (*.flywheel);;All files (*)</source>
        <translation>Flywheel mağazaları (*.flywheel);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Açılıyor: %1…</translation>
    </message>
    <message>
        <source>Could not create the demo store</source>
        <translation>Demo mağaza oluşturulamadı</translation>
    </message>
    <message>
        <source>%1 — Flywheel</source>
        <translation>%1 — Flywheel</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Açıldı: %1</translation>
    </message>
    <message numerus="yes">
        <source>Hand out the %n accepted action(s)</source>
        <translation>
            <numerusform>Kabul edilen %n eylemi gönderin</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push yet: accept actions in the action queue first</source>
        <translation>Henüz gönderilecek bir şey yok: önce eylem listesinde eylemleri kabul edin</translation>
    </message>
    <message>
        <source>Nothing to run yet</source>
        <translation>Henüz çalıştırılacak bir şey yok</translation>
    </message>
    <message>
        <source>This version of Flywheel has no analysis stages yet, so there is nothing to run. Your store is unchanged.</source>
        <translation>Flywheel&apos;in bu sürümünde henüz analiz aşaması yok, bu yüzden çalıştırılacak bir şey yok. Mağazanız değişmedi.</translation>
    </message>
    <message>
        <source>Running the wheel…</source>
        <translation>Döngü çalışıyor…</translation>
    </message>
    <message>
        <source>Could not run the wheel</source>
        <translation>Döngü çalıştırılamadı</translation>
    </message>
    <message>
        <source>The run was cancelled during %1; the stages before it kept their results.</source>
        <translation>Çalıştırma %1 sırasında iptal edildi; ondan önceki aşamalar sonuçlarını korudu.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>%1 aşaması başarısız oldu</translation>
    </message>
    <message numerus="yes">
        <source>The wheel ran %n stage(s) in %1 s and suggested %2 action(s).</source>
        <translation>
            <numerusform>Döngü %n aşamayı %1 sn içinde çalıştırdı ve %2 eylem önerdi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Could not write the push files</source>
        <translation>Gönderim dosyaları yazılamadı</translation>
    </message>
    <message>
        <source>No file was written: the accepted actions have nothing to hand out yet.</source>
        <translation>Hiçbir dosya yazılmadı: kabul edilen eylemlerin henüz gönderecek bir şeyi yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed into %1:</source>
        <translation>
            <numerusform>%n eylem %1 konumuna gönderildi:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the product files in your store&apos;s admin (Products › Import, overwriting existing products); enter each line of the synonyms file as a synonym group in your search app; import the redirects file under URL redirects; send each purchase order to its supplier.</source>
        <translation>Ürün dosyalarını mağazanızın yönetim panelinde içe aktarın (Ürünler › İçe aktar, mevcut ürünlerin üzerine yazarak); eş anlamlılar dosyasının her satırını arama uygulamanıza bir eş anlamlı grubu olarak girin; yönlendirmeler dosyasını URL yönlendirmeleri bölümünde içe aktarın; her satın alma siparişini ilgili tedarikçisine gönderin.</translation>
    </message>
    <message>
        <source>Save weekly &amp;report…</source>
        <translation>Haftalık &amp;raporu kaydet…</translation>
    </message>
    <message>
        <source>Save the wheel&apos;s figures, momentum, waiting actions and outcomes as a PDF or a web page to read or share</source>
        <translation>Döngünün rakamlarını, gidişatını, bekleyen eylemleri ve sonuçları okumak ya da paylaşmak için PDF veya web sayfası olarak kaydedin</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) had nothing new to read and kept their results.</source>
        <translation>
            <numerusform>%n aşamanın okuyacak yeni bir şeyi yoktu; sonuçları korundu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly report %1.pdf</source>
        <translation>Haftalık rapor %1.pdf</translation>
    </message>
    <message>
        <source>Save weekly report</source>
        <translation>Haftalık raporu kaydet</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html)</source>
        <translation>PDF belgeleri (*.pdf);;Web sayfaları (*.html)</translation>
    </message>
    <message>
        <source>Writing the weekly report…</source>
        <translation>Haftalık rapor yazılıyor…</translation>
    </message>
    <message>
        <source>Could not save the weekly report</source>
        <translation>Haftalık rapor kaydedilemedi</translation>
    </message>
    <message>
        <source>Saved the weekly report to %1</source>
        <translation>Haftalık rapor %1 konumuna kaydedildi</translation>
    </message>
    <message>
        <source>&amp;About Flywheel</source>
        <translation>Flywheel &amp;hakkında</translation>
    </message>
    <message>
        <source>Version, licence, and where your stores and settings are kept</source>
        <translation>Sürüm, lisans ve mağazalarınızın ve ayarlarınızın nerede tutulduğu</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>&amp;Qt hakkında</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Save &amp;anonymised copy…</source>
        <translation>&amp;Anonimleştirilmiş kopyayı kaydet…</translation>
    </message>
    <message>
        <source>Save a copy of this store to share, with your customers&apos; emails, names, phone numbers and addresses taken out</source>
        <translation>Bu mağazanın paylaşılacak bir kopyasını kaydet; müşterilerinizin e-postaları, adları, telefon numaraları ve adresleri çıkarılmış olarak</translation>
    </message>
    <message>
        <source>Could not save the anonymised copy</source>
        <translation>Anonimleştirilmiş kopya kaydedilemedi</translation>
    </message>
    <message>
        <source>%1 anonymised.%2</source>
        <translation>%1 anonim.%2</translation>
    </message>
    <message>
        <source>Save anonymised copy</source>
        <translation>Anonimleştirilmiş kopyayı kaydet</translation>
    </message>
    <message>
        <source>That is the open store itself. Choose another name for the copy.</source>
        <translation>Bu, açık olan mağazanın kendisi. Kopya için başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Could not replace %1. Close it in any program using it, or choose another name.</source>
        <translation>%1 değiştirilemedi. Onu kullanan programlarda kapatın ya da başka bir ad seçin.</translation>
    </message>
    <message>
        <source>Writing the anonymised copy…</source>
        <translation>Anonimleştirilmiş kopya yazılıyor…</translation>
    </message>
    <message>
        <source>Anonymised copy saved</source>
        <translation>Anonimleştirilmiş kopya kaydedildi</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1.

Its %n customer(s) have made-up emails and names; phone numbers, cities and postcodes are left out, and emails, long numbers and customers&apos; names are taken out of tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy opens in Flywheel like any store.

Read a few tickets in it before you share it: a street address a customer typed into a message stays.</source>
        <translation>
            <numerusform>%1 kaydedildi.

%n müşterisinin e-postaları ve adları uydurmadır; telefon numaraları, şehirler ve posta kodları çıkarıldı, destek taleplerinden ve yorumlardan e-postalar, uzun numaralar ve müşteri adları kaldırıldı. Ürünler, siparişler, tutarlar ve tarihler mağazanızdakiyle aynıdır; bu yüzden kopya Flywheel’de her mağaza gibi açılır.

Paylaşmadan önce içindeki birkaç talebi okuyun: Bir müşterinin mesaja yazdığı sokak adresi kalır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 zaten var. Değiştirilsin mi?</translation>
    </message>
</context>
<context>
    <name>flywheel::MappingPage</name>
    <message>
        <source>Tell Flywheel which column is which</source>
        <translation>Hangi sütunun ne olduğunu Flywheel&apos;e söyleyin</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the column that has each piece of information. Columns with similar names are already chosen; check them against the examples.</source>
        <translation>Önce dosyanın ne içerdiğini, sonra her bilgi için onu içeren sütunu seçin. Adı benzeyen sütunlar zaten seçildi; örneklerle karşılaştırarak denetleyin.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>Dosyanın &amp;içeriği:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Sayılar:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Tarihler:</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Otomatik tanı</translation>
    </message>
    <message>
        <source>1,234.50 (decimal point)</source>
        <translation>1,234.50 (ondalık nokta)</translation>
    </message>
    <message>
        <source>1.234,50 (decimal comma)</source>
        <translation>1.234,50 (ondalık virgül)</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Önce gün (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Önce ay (12/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Remember these columns for the next file laid out like this one</source>
        <translation>Bu sütunları aynı düzendeki sonraki dosya için &amp;hatırla</translation>
    </message>
    <message>
        <source>%1: choose what the file holds, then the column that has each piece of information. Columns with similar names are already chosen; check them against the examples.</source>
        <translation>%1: önce dosyanın ne içerdiğini, sonra her bilgi için onu içeren sütunu seçin. Adı benzeyen sütunlar zaten seçildi; örneklerle karşılaştırarak denetleyin.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Gerekli</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>İsteğe bağlı</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— bu dosyada yok —</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (ör. %2)</translation>
    </message>
    <message>
        <source>Every needed column is chosen.</source>
        <translation>Gerekli tüm sütunlar seçildi.</translation>
    </message>
    <message>
        <source>Still needed: %1. If this file is not an export from your shop, go back and remove it.</source>
        <translation>Hâlâ gerekli: %1. Bu dosya mağazanızın bir dışa aktarımı değilse geri dönüp kaldırın.</translation>
    </message>
</context>
<context>
    <name>flywheel::MerchActionList</name>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tümünü kabul et</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Write files</source>
        <translation>Dosyaları yaz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Merchandising actions</source>
        <translation>Vitrin eylemleri</translation>
    </message>
    <message>
        <source>Writes the accepted collection orders (generic and Matrixify CSV) and a product file tagging the featured products “trending”</source>
        <translation>Kabul edilen koleksiyon sıralamalarını (genel ve Matrixify CSV) ve öne çıkarılan ürünlere “trending” etiketini ekleyen bir ürün dosyasını yazar</translation>
    </message>
    <message>
        <source>Collection order</source>
        <translation>Koleksiyon sıralaması</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Öne çıkar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n eylem önerildi, %1 tanesi kabul edildi</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the matrixify-custom-collections file with Matrixify, or set each collection&apos;s order from its collection-order file; import the product file in your store&apos;s admin to tag the featured products. Your next exports show what the new order sold.</source>
        <translation>matrixify-custom-collections dosyasını Matrixify ile içe aktarın ya da her koleksiyonun sıralamasını kendi collection-order dosyasına göre ayarlayın; öne çıkarılan ürünleri etiketlemek için ürün dosyasını mağazanızın yönetim panelinde içe aktarın. Sonraki dışa aktarımlarınız yeni sıralamanın ne sattığını gösterir.</translation>
    </message>
</context>
<context>
    <name>flywheel::MerchandisingPanel</name>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Başlangıç</translation>
    </message>
    <message>
        <source>Orders, last 4 weeks</source>
        <translation>Siparişler, son 4 hafta</translation>
    </message>
    <message>
        <source>Searches, last 4 weeks</source>
        <translation>Aramalar, son 4 hafta</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Güven</translation>
    </message>
    <message>
        <source>Follows search</source>
        <translation>Bağlı olduğu arama</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <source>No trend: the latest weeks are within the usual range of its baseline.</source>
        <translation>Trend yok: son haftalar referansının olağan aralığında.</translation>
    </message>
    <message>
        <source>%1 since the week of %2: %3 against %4 expected, %5× its baseline, %6 sure.</source>
        <translation>%1 (%2 haftasından beri): beklenen %4 yerine %3, referansın %5 katı, %6 güvenle.</translation>
    </message>
    <message>
        <source>It shows on the first page for “%1”, whose searches are trending; the chart is its own sales.</source>
        <translation>Aramaları yükselişte olan “%1” için ilk sayfada görünüyor; grafik ürünün kendi satışlarını gösteriyor.</translation>
    </message>
    <message>
        <source>Baseline: %1.</source>
        <translation>Referans: %1.</translation>
    </message>
    <message>
        <source>Its peers: %1.</source>
        <translation>Benzerleri: %1.</translation>
    </message>
    <message>
        <source>Show searches or products</source>
        <translation>Aramaları ya da ürünleri göster</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Aramalar</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Ürünler</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trendler</translation>
    </message>
    <message>
        <source>Trending against the season</source>
        <translation>Sezona göre yükselenler</translation>
    </message>
    <message>
        <source>Collection order: what sells and is in stock first</source>
        <translation>Koleksiyon sıralaması: önce satan ve stokta olanlar</translation>
    </message>
    <message>
        <source>Actions: new orders and products to feature</source>
        <translation>Eylemler: yeni sıralamalar ve öne çıkarılacak ürünler</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Vitrin</translation>
    </message>
    <message>
        <source>Could not read the Merchandising results: %1</source>
        <translation>Vitrin sonuçları okunamadı: %1</translation>
    </message>
    <message>
        <source>No trends yet. Import your orders export and a site-search report (and a collections list and an inventory export for collection orders), then press Run.</source>
        <translation>Henüz trend yok. Sipariş dışa aktarımınızı ve bir site içi arama raporunu (koleksiyon sıralamaları için ayrıca bir koleksiyon listesi ve bir envanter dışa aktarımını) içe aktarın, ardından Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>%1 of %2 searches are trending up (weeks to %3).</source>
        <translation>%2 aramadan %1 tanesi yükselişte (%3 tarihine kadarki haftalar).</translation>
    </message>
    <message>
        <source>No dated site-search report yet: import one to see trending searches.</source>
        <translation>Henüz tarihli bir site içi arama raporu yok: yükselen aramaları görmek için bir tane içe aktarın.</translation>
    </message>
    <message>
        <source>%1 of %2 products are trending up, by their own sales or the searches that show them.</source>
        <translation>%2 üründen %1 tanesi kendi satışlarına ya da onları gösteren aramalara göre yükselişte.</translation>
    </message>
    <message>
        <source>%1 of the %2 first-10 places in %3 collections hold a product out of stock, nearly out or not on sale.</source>
        <translation>%3 koleksiyonun ilk 10 sırasındaki %2 yerden %1 tanesinde stokta olmayan, tükenmek üzere olan ya da satışta olmayan bir ürün var.</translation>
    </message>
    <message>
        <source>No collections yet: import a collections list to get suggested orders.</source>
        <translation>Henüz koleksiyon yok: önerilen sıralamaları almak için bir koleksiyon listesi içe aktarın.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Siparişler</translation>
    </message>
    <message>
        <source>Select a search or product to see its weeks.</source>
        <translation>Haftalarını görmek için bir arama ya da ürün seçin.</translation>
    </message>
</context>
<context>
    <name>flywheel::MomentumStrip</name>
    <message>
        <source>first analysed day</source>
        <translation>ilk analiz edilen gün</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>figure title and currency code</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>arrow and change since the previous analysed day</comment>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>flywheel::PreviewPage</name>
    <message>
        <source>Check how the files will be read</source>
        <translation>Dosyaların nasıl okunacağını denetleyin</translation>
    </message>
    <message>
        <source>The first rows of each file, as Flywheel will import them. Nothing is written to your store until you choose Import.</source>
        <translation>Her dosyanın ilk satırları, Flywheel&apos;in içe aktaracağı biçimde. İçe aktar&apos;ı seçene kadar mağazanıza hiçbir şey yazılmaz.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>İçe &amp;aktar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Dosya:</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Sütunları seç…</translation>
    </message>
    <message>
        <source>%1 cannot be read and will be skipped: %2</source>
        <translation>%1 okunamıyor ve atlanacak: %2</translation>
    </message>
    <message>
        <source>Flywheel does not recognise the columns of %1. Choose its columns, or go back and remove it.</source>
        <translation>Flywheel, %1 dosyasının sütunlarını tanımıyor. Sütunlarını seçin ya da geri dönüp dosyayı kaldırın.</translation>
    </message>
    <message>
        <source>%1 lacks columns a %2 needs (%3); it will be skipped unless you choose its columns.</source>
        <translation>%1 dosyasında %2 için gereken sütunlar eksik (%3); sütunlarını seçmezseniz atlanacak.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2, with the columns you saved for this layout.</source>
        <translation>%1, bu düzen için kaydettiğiniz sütunlarla %2 olarak okunacak.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2, with the columns you chose.</source>
        <translation>%1, seçtiğiniz sütunlarla %2 olarak okunacak.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2.</source>
        <translation>%1, %2 olarak okunacak.</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>Dosyada başlığın altında satır yok.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>İlk %n satır ve Flywheel&apos;in okuduğu sütunlar gösteriliyor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>%n satırın tümü ve Flywheel&apos;in okuduğu sütunlar gösteriliyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::PromotionsPanel</name>
    <message>
        <source>Sent out</source>
        <translation>Gönderildi</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Yok sayıldı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message>
        <source>Purchase model (BG/NBD)</source>
        <translation>Satın alma modeli (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma)</source>
        <translation>Harcama modeli (Gamma-Gamma)</translation>
    </message>
    <message numerus="yes">
        <source>%1 fitted on %n customer(s): %2.</source>
        <translation>
            <numerusform>%1, %n müşterinin verisiyle kuruldu: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Create promotion</source>
        <translation>Kampanya oluştur</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>İndirim</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Hedef kitle</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrol grubu</translation>
    </message>
    <message>
        <source>Extra units</source>
        <translation>Ek adet</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Ek gelir</translation>
    </message>
    <message>
        <source>Extra margin</source>
        <translation>Ek marj</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Suggested promotions</source>
        <translation>Önerilen kampanyalar</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Müşteri</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Writes the discount codes, the audience lists for Klaviyo and Mailchimp and an email draft into the store&apos;s push folder</source>
        <translation>İndirim kodlarını, Klaviyo ve Mailchimp için hedef kitle listelerini ve bir e-posta taslağını mağazanın gönderim klasörüne yazar</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Kimin için</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteriler</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Kampanyalar</translation>
    </message>
    <message>
        <source>Could not read the Promotions results: %1</source>
        <translation>Kampanya sonuçları okunamadı: %1</translation>
    </message>
    <message>
        <source>No customers yet. Import your orders export (and customers export for email addresses), then press Run.</source>
        <translation>Henüz müşteri yok. Sipariş dışa aktarımınızı (ve e-posta adresleri için müşteri dışa aktarımınızı) içe aktarın, ardından Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>%1 customers, %2 of them bought more than once; expected spend over the next 12 months %3.</source>
        <translation>%1 müşteri, bunların %2 tanesi birden fazla kez alışveriş yaptı; önümüzdeki 12 ayda beklenen harcama: %3.</translation>
    </message>
    <message>
        <source>No product needs a promotion: nothing is overstocked, ending its season or sitting unsold.</source>
        <translation>Hiçbir ürünün kampanyaya ihtiyacı yok: fazla stoklu, sezonu biten ya da satılmadan bekleyen ürün yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) suggested for overstocked, seasonal, trending or slow products; each holds back a random control group so its effect can be measured.</source>
        <translation>
            <numerusform>Fazla stoklu, sezonluk, yükselen ya da yavaş satan ürünler için %n kampanya önerildi; etkisinin ölçülebilmesi için her biri rastgele bir kontrol grubunu dışarıda tutar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
    <message>
        <source>Select a promotion to see why it is suggested and who it is for.</source>
        <translation>Neden önerildiğini ve kimin için olduğunu görmek için bir kampanya seçin.</translation>
    </message>
    <message>
        <source>%1 % off with personal codes %2-…, from %3 to %4. At the price response this product&apos;s sales show (elasticity %5), the %6 customers who get a code should buy %7 more units than the %8 they would buy anyway.</source>
        <translation>%3 ile %4 arasında %2-… kişisel kodlarıyla %%1 indirim. Bu ürünün satışlarının gösterdiği fiyat tepkisiyle (esneklik %5), kod alan %6 müşterinin zaten alacakları %8 adetten %7 adet fazla alması beklenir.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), chosen at random, are held back and get nothing: the next import compares what the two groups bought.</source>
        <translation>
            <numerusform>Rastgele seçilen %n müşteri dışarıda tutuluyor ve hiçbir şey almıyor: bir sonraki içe aktarma iki grubun ne aldığını karşılaştırır.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gets a code</source>
        <translation>Kod alır</translation>
    </message>
    <message>
        <source>Import the discounts file with Matrixify (Shopify) or the codes file with your coupon importer, the audience file into Klaviyo or Mailchimp, and paste the email draft; put each customer&apos;s &quot;Discount Code&quot; where the draft says [Discount Code].</source>
        <translation>İndirimler dosyasını Matrixify (Shopify) ile ya da kodlar dosyasını kupon içe aktarma aracınızla, hedef kitle dosyasını da Klaviyo veya Mailchimp&apos;e içe aktarın ve e-posta taslağını yapıştırın; taslakta [Discount Code] yazan yere her müşterinin &quot;Discount Code&quot; değerini koyun.</translation>
    </message>
</context>
<context>
    <name>flywheel::ReorderList</name>
    <message>
        <source>Accept</source>
        <translation>Kabul et</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Tümünü kabul et</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Yok say</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>Satın alma siparişleri oluştur</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Tedarikçi</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Sipariş</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Birim maliyet</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Sipariş değeri</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Risk altındaki gelir</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Reorders</source>
        <translation>Yeniden siparişler</translation>
    </message>
    <message>
        <source>Writes the accepted reorders as one purchase order (CSV) per vendor</source>
        <translation>Kabul edilen yeniden siparişleri tedarikçi başına bir satın alma siparişi (CSV) olarak yazar</translation>
    </message>
    <message>
        <source>No vendor</source>
        <translation>Tedarikçi yok</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Kabul edildi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n yeniden sipariş önerildi, %1 kabul edildi</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 at cost)</source>
        <translation> (maliyet fiyatıyla %1)</translation>
    </message>
    <message>
        <source>Send each file to its supplier. Your next inventory export shows the stock arriving, and Flywheel measures the days out of stock it saved.</source>
        <translation>Her dosyayı ilgili tedarikçisine gönderin. Bir sonraki envanter dışa aktarımınız gelen stoku gösterir ve Flywheel bu sayede önlenen stoksuz gün sayısını ölçer.</translation>
    </message>
</context>
<context>
    <name>flywheel::SearchPanel</name>
    <message>
        <source>No site-search report analysed yet. Import your store&apos;s search report (Shopify, Google Analytics, Algolia or any CSV), then press Run. You can try your catalog&apos;s search below already.</source>
        <translation>Henüz site içi arama raporu analiz edilmedi. Mağazanızın arama raporunu (Shopify, Google Analytics, Algolia ya da herhangi bir CSV) içe aktarın, ardından Çalıştır&apos;a basın. Kataloğunuzun aramasını aşağıda şimdiden deneyebilirsiniz.</translation>
    </message>
    <message numerus="yes">
        <source>%1 searches for %n different quer(ies) in your reports.</source>
        <translation>
            <numerusform>Raporlarınızda %n farklı sorgu için %1 arama var.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported searches</source>
        <translation>Raporlanan aramalar</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Eş anlamlılar</translation>
    </message>
    <message>
        <source>Try your store&apos;s search</source>
        <translation>Mağazanızın aramasını deneyin</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Could not read the Search results: %1</source>
        <translation>Arama sonuçları okunamadı: %1</translation>
    </message>
    <message>
        <source>Synonyms (%1)</source>
        <translation>Eş anlamlılar (%1)</translation>
    </message>
    <message>
        <source>Could not prepare your catalog&apos;s search: %1</source>
        <translation>Kataloğunuzun araması hazırlanamadı: %1</translation>
    </message>
    <message>
        <source>Could not read the synonym groups: %1</source>
        <translation>Eş anlamlı grupları okunamadı: %1</translation>
    </message>
    <message>
        <source>Could not queue the fix: %1</source>
        <translation>Düzeltme listeye eklenemedi: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them find nothing a shopper wants (%1 searches), %2 for things you do not carry.</source>
        <translation>
            <numerusform>Bunlardan %n tanesi müşterilerin istediği hiçbir şeyi bulmuyor (%1 arama); %2 tanesi satmadığınız şeyler için.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n find only products that are out of stock.</source>
        <translation>
            <numerusform>%n tanesi yalnızca stokta olmayan ürünleri buluyor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SearchTriage</name>
    <message>
        <source>Shoppers misspell a word your catalog has.</source>
        <translation>Müşteriler kataloğunuzda olan bir sözcüğü yanlış yazıyor.</translation>
    </message>
    <message>
        <source>Shoppers use a word your catalog does not.</source>
        <translation>Müşteriler kataloğunuzun kullanmadığı bir sözcük kullanıyor.</translation>
    </message>
    <message>
        <source>A colour, size or price in the query rules out every match.</source>
        <translation>Sorgudaki bir renk, beden ya da fiyat tüm eşleşmeleri dışarıda bırakıyor.</translation>
    </message>
    <message>
        <source>It finds only products that are out of stock.</source>
        <translation>Yalnızca stokta olmayan ürünleri buluyor.</translation>
    </message>
    <message>
        <source>Nothing in your catalog is what these shoppers look for.</source>
        <translation>Kataloğunuzda bu müşterilerin aradığı bir şey yok.</translation>
    </message>
    <message>
        <source>It finds products shoppers can buy.</source>
        <translation>Müşterilerin satın alabileceği ürünleri buluyor.</translation>
    </message>
    <message>
        <source>Queue this fix</source>
        <translation>Bu düzeltmeyi listeye ekle</translation>
    </message>
    <message>
        <source>Show searches</source>
        <translation>Aramaları göster</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>İlgilenilmesi gerekenler</translation>
    </message>
    <message>
        <source>All searches</source>
        <translation>Tüm aramalar</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Sorgu</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Arama</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Tanı</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Düzeltme</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Sonuç</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Reported searches</source>
        <translation>Raporlanan aramalar</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Göster:</translation>
    </message>
    <message>
        <source>Typo</source>
        <translation>Yazım hatası</translation>
    </message>
    <message>
        <source>Wording gap</source>
        <translation>Farklı sözcük</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Stokta yok</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Satılmıyor</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Sorun yok</translation>
    </message>
    <message>
        <source>No searches diagnosed yet.</source>
        <translation>Henüz incelenmiş arama yok.</translation>
    </message>
    <message>
        <source>Select a search to try it above and see its fix.</source>
        <translation>Yukarıda denemek ve düzeltmesini görmek için bir arama seçin.</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Düzeltme: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Queue these %n fixes</source>
        <translation>
            <numerusform>Bu %n düzeltmeyi listeye ekle</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock it, or point shoppers to something close</source>
        <translation>Stoklayın ya da müşterileri benzer bir ürüne yönlendirin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 %3, %4.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 %3, %4.</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es)</source>
        <translation>
            <numerusform>%n arama</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) as typed</source>
        <translation>
            <numerusform>yazıldığı haliyle %n sonuç</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SegmentChart</name>
    <message>
        <source>Customers (%)</source>
        <translation>Müşteriler (%)</translation>
    </message>
    <message>
        <source>Expected spend, next 12 months (%)</source>
        <translation>Beklenen harcama, önümüzdeki 12 ay (%)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Müşteri segmentleri</translation>
    </message>
</context>
<context>
    <name>flywheel::ServicePanel</name>
    <message>
        <source>Queue this fix</source>
        <translation>Bu düzeltmeyi listeye ekle</translation>
    </message>
    <message>
        <source>Tickets and negative tickets per week</source>
        <translation>Haftalık talepler ve olumsuz talepler</translation>
    </message>
    <message>
        <source>Customers write about</source>
        <translation>Müşterilerin yazdığı konular</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Talepler</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Son 4 hafta</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Talep türleri</translation>
    </message>
    <message>
        <source>Other topics found</source>
        <translation>Bulunan diğer konular</translation>
    </message>
    <message>
        <source>Discovered topics</source>
        <translation>Keşfedilen konular</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Ürün</translation>
    </message>
    <message>
        <source>Customers ask about</source>
        <translation>Müşterilerin sorduğu</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Soran</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Risk altındaki gelir</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Eylem</translation>
    </message>
    <message>
        <source>Content gaps</source>
        <translation>İçerik boşlukları</translation>
    </message>
    <message>
        <source>Tickets behind the selected gap</source>
        <translation>Seçili boşluğun arkasındaki talepler</translation>
    </message>
    <message>
        <source>Content gaps: questions product pages do not answer</source>
        <translation>İçerik boşlukları: ürün sayfalarının yanıtlamadığı sorular</translation>
    </message>
    <message>
        <source>What customers write about</source>
        <translation>Müşteriler ne hakkında yazıyor</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Destek</translation>
    </message>
    <message>
        <source>Could not read the Service results: %1</source>
        <translation>Destek sonuçları okunamadı: %1</translation>
    </message>
    <message>
        <source>No tickets analysed yet. Import your help desk&apos;s ticket export (Zendesk, Freshdesk, or any CSV through a column mapping) and your reviews, then press Run.</source>
        <translation>Henüz analiz edilmiş talep yok. Destek sisteminizin talep dışa aktarımını (Zendesk, Freshdesk ya da sütun eşleştirmesiyle herhangi bir CSV) ve yorumlarınızı içe aktarın, ardından Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>%1 tickets read. Last week: %2 tickets, %3 negative. %4 content gaps found.</source>
        <translation>%1 talep okundu. Geçen hafta: %2 talep, %3 olumsuz. %4 içerik boşluğu bulundu.</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Tüm talepler</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Olumsuz</translation>
    </message>
    <message>
        <source>Common words: %1</source>
        <translation>Sık geçen sözcükler: %1</translation>
    </message>
    <message>
        <source>Every ticket fits a known intent</source>
        <translation>Her talep bilinen bir talep türüne uyuyor</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Listede</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a gap to read the tickets behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Arkasındaki talepleri okumak için bir boşluk seçin.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n customer(s) asked about &lt;b&gt;%2&lt;/b&gt;, and the product page does not say.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n müşteri &lt;b&gt;%2&lt;/b&gt; hakkında soru sordu ve ürün sayfası bu konuda bilgi vermiyor.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>This gap has no action yet; press Run to propose it.</source>
        <translation>Bu boşluk için henüz eylem yok; önermek için Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Yok sayıldı</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Tamamlandı</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Açık</translation>
    </message>
</context>
<context>
    <name>flywheel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>Set the settings on this page back to Flywheel&apos;s defaults</source>
        <translation>Bu sayfadaki ayarları Flywheel&apos;in varsayılanlarına döndürün</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open a store to change its settings.</source>
        <translation>Ayarlarını değiştirmek için bir mağaza açın.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s settings: %1</source>
        <translation>Mağazanın ayarları okunamadı: %1</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Ayarlar kaydedilmedi: %1</translation>
    </message>
</context>
<context>
    <name>flywheel::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Sayfalar</translation>
    </message>
</context>
<context>
    <name>flywheel::SqlTableModel</name>
    <message>
        <source>loading…</source>
        <translation>yükleniyor…</translation>
    </message>
    <message>
        <source>%1 (amount in the store&apos;s currency)</source>
        <translation>%1 (mağazanın para biriminde tutar)</translation>
    </message>
    <message>
        <source>%1 (time in the store&apos;s time zone, %2)</source>
        <translation>%1 (mağazanın saat diliminde zaman, %2)</translation>
    </message>
    <message>
        <source>(binary, %1 bytes)</source>
        <translation>(ikili veri, %1 bayt)</translation>
    </message>
</context>
<context>
    <name>flywheel::StoreBrowser</name>
    <message>
        <source>Tables</source>
        <translation>Tablolar</translation>
    </message>
    <message>
        <source>Filter rows: type text to find in any text column</source>
        <translation>Satırları süz: herhangi bir metin sütununda aranacak metni yazın</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rows contain “%1”.</source>
        <translation>“%1” içeren satır yok.</translation>
    </message>
    <message>
        <source>This store is empty. To bring in your shop&apos;s exports, choose Import files… in the File menu.</source>
        <translation>Bu mağaza boş. Mağazanızın dışa aktarımlarını getirmek için Dosya menüsünden Dosyaları içe aktar… seçeneğini seçin.</translation>
    </message>
    <message>
        <source>This table is empty.</source>
        <translation>Bu tablo boş.</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Satırlar sayılıyor…</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Satır: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Satır: %1 / %2</translation>
    </message>
</context>
<context>
    <name>flywheel::StoreShell</name>
    <message>
        <source>Home</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Action queue</source>
        <translation>Eylem listesi</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Veriler</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Ana sayfa</translation>
    </message>
    <message>
        <source>&amp;Action queue</source>
        <translation>&amp;Eylem listesi</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Veriler</translation>
    </message>
</context>
<context>
    <name>flywheel::SummaryPage</name>
    <message>
        <source>Import cancelled</source>
        <translation>İçe aktarma iptal edildi</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>İçe aktarma tamamlandı</translation>
    </message>
    <message>
        <source>What each file added to your store.</source>
        <translation>Her dosyanın mağazanıza ne eklediği.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Bu içe aktarmayı &amp;geri al</translation>
    </message>
    <message>
        <source>The import was undone: your store is as it was before.</source>
        <translation>İçe aktarma geri alındı: mağazanız eskisi gibi.</translation>
    </message>
    <message>
        <source>Imported the wrong files? Undo takes everything this import added or changed back out of your store.</source>
        <translation>Yanlış dosyaları mı içe aktardınız? Geri al, bu içe aktarmanın eklediği ya da değiştirdiği her şeyi mağazanızdan çıkarır.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>İçe aktarma geri alındı.</translation>
    </message>
    <message>
        <source>The import was cancelled. %1 of %2 files were imported before it stopped.</source>
        <translation>İçe aktarma iptal edildi. Durmadan önce %2 dosyadan %1 tanesi içe aktarıldı.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Dosya içe aktarıldı.</translation>
    </message>
    <message>
        <source>All %1 files were imported.</source>
        <translation>%1 dosyanın tümü içe aktarıldı.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Dosya içe aktarılmadı.</translation>
    </message>
    <message>
        <source>None of the %1 files was imported.</source>
        <translation>%1 dosyanın hiçbiri içe aktarılmadı.</translation>
    </message>
    <message>
        <source>%1 of %2 files were imported.</source>
        <translation>%2 dosyadan %1 tanesi içe aktarıldı.</translation>
    </message>
    <message>
        <source>Not imported; nothing from this file was changed in your store. %1</source>
        <translation>İçe aktarılmadı; mağazanızda bu dosyadan hiçbir şey değişmedi. %1</translation>
    </message>
    <message>
        <source>Imported as a %1: %2 rows read, %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>%1 olarak içe aktarıldı: %2 satır okundu, %3 yeni, %4 güncellendi, %5 değişmedi, %6 reddedildi.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Not: %1</translation>
    </message>
    <message>
        <source>Rejected rows were left out; the rest of the file was imported. Fix them in the file and import it again.</source>
        <translation>Reddedilen satırlar dışarıda bırakıldı; dosyanın geri kalanı içe aktarıldı. Bunları dosyada düzeltip dosyayı yeniden içe aktarın.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Satır</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Sütun</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Show the rejects file</source>
        <translation>Reddedilen satırlar dosyasını göster</translation>
    </message>
    <message>
        <source>Flywheel did not recognise its columns and none were chosen.</source>
        <translation>Flywheel sütunlarını tanımadı ve hiçbiri seçilmedi.</translation>
    </message>
    <message>
        <source>Skipped; nothing from this file was changed in your store. %1</source>
        <translation>Atlandı; mağazanızda bu dosyadan hiçbir şey değişmedi. %1</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are shown; the rejects file lists them all.</source>
        <translation>Reddedilen ilk %1 satır gösteriliyor; reddedilen satırlar dosyası hepsini listeler.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Bu içe aktarmayı geri al</translation>
    </message>
    <message>
        <source>Take everything this import added or changed back out of your store? Rows it updated get their earlier values back.</source>
        <translation>Bu içe aktarmanın eklediği ya da değiştirdiği her şey mağazanızdan çıkarılsın mı? Güncellediği satırlar önceki değerlerine döner.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>İçe aktarma geri alınıyor…</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>İçe aktarma geri alınmadı: %1</translation>
    </message>
    <message>
        <source>Only %1 of the files were undone: %2</source>
        <translation>Dosyaların yalnızca %1 tanesi geri alındı: %2</translation>
    </message>
</context>
<context>
    <name>flywheel::SupplierTermsDialog</name>
    <message>
        <source>Supplier terms</source>
        <translation>Tedarikçi koşulları</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Tedarikçi</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Tedarik süresi</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Hizmet düzeyi</translation>
    </message>
    <message>
        <source>Lead time and service level per supplier</source>
        <translation>Tedarikçi başına tedarik süresi ve hizmet düzeyi</translation>
    </message>
    <message>
        <source>No vendor</source>
        <translation>Tedarikçi yok</translation>
    </message>
    <message>
        <source> days</source>
        <translation> gün</translation>
    </message>
    <message numerus="yes">
        <source>store setting (%n day(s))</source>
        <translation>
            <numerusform>mağaza ayarı (%n gün)</numerusform>
        </translation>
    </message>
    <message>
        <source>store setting (%1 %)</source>
        <translation>mağaza ayarı (yüzde %1)</translation>
    </message>
    <message>
        <source>How long each supplier takes from order to shelf, and how often an order should find the product in stock. Reorder points and quantities follow from them.</source>
        <translation>Her tedarikçinin siparişten rafa kadar ne kadar sürdüğü ve bir müşteri siparişinin ürünü ne sıklıkla stokta bulması gerektiği. Yeniden sipariş noktaları ve miktarları bunlardan hesaplanır.</translation>
    </message>
</context>
<context>
    <name>flywheel::SynonymManager</name>
    <message>
        <source>Add as a new group</source>
        <translation>Yeni grup olarak ekle</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Değişiklikleri kaydet</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Words in a group find each other&apos;s products: with “jumper, sweater”, a shopper searching “jumper” sees your sweaters. Up to %1 synonyms a group, each up to %2 words; a word can be in only one group.</source>
        <translation>Bir gruptaki sözcükler birbirlerinin ürünlerini bulur: “kazak, süveter” grubuyla “kazak” arayan bir müşteri süveterlerinizi görür. Grup başına en çok %1 eş anlamlı, her biri en çok %2 sözcük; bir sözcük yalnızca bir grupta olabilir.</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Eş anlamlılar</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Kaynak</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Eş anlamlı grupları</translation>
    </message>
    <message>
        <source>Synonyms of the group, separated by commas</source>
        <translation>Grubun eş anlamlıları, virgülle ayrılmış</translation>
    </message>
    <message>
        <source>jumper, sweater, pullover</source>
        <translation>kazak, süveter, triko</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>“%1” silindi.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Kabul edilen öneri</translation>
    </message>
    <message>
        <source>You accepted this group in the action queue; reopen or dismiss it there to change it.</source>
        <translation>Bu grubu eylem listesinde kabul ettiniz; değiştirmek için orada yeniden açın ya da yok sayın.</translation>
    </message>
    <message>
        <source>Added “%1”. Searches use it now.</source>
        <translation>“%1” eklendi. Aramalar artık bunu kullanıyor.</translation>
    </message>
    <message>
        <source>Saved “%1”. Searches use it now.</source>
        <translation>“%1” kaydedildi. Aramalar artık bunu kullanıyor.</translation>
    </message>
</context>
<context>
    <name>flywheel::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>İptal ediliyor…</translation>
    </message>
</context>
<context>
    <name>flywheel::TrendChart</name>
    <message>
        <source>Weekly demand of the selected search or product against its baseline</source>
        <translation>Seçili arama ya da ürünün referansa göre haftalık talebi</translation>
    </message>
    <message>
        <source>Select a search or product to see its weeks.</source>
        <translation>Haftalarını görmek için bir arama ya da ürün seçin.</translation>
    </message>
    <message>
        <source>Since the change</source>
        <translation>Değişimden beri</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referans</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 (haftalık)</translation>
    </message>
</context>
<context>
    <name>flywheel::WelcomePage</name>
    <message>
        <source>Open a store or the demo store</source>
        <translation>Bir mağaza ya da demo mağazayı açın</translation>
    </message>
    <message>
        <source>A store is one file on this computer that holds your shop&apos;s exports: orders, products, customers and stock. The demo store is a made-up outdoor clothing shop to try Flywheel with.</source>
        <translation>Mağaza, bu bilgisayarda mağazanızın dışa aktarımlarını (siparişler, ürünler, müşteriler ve stok) tutan tek bir dosyadır. Demo mağaza, Flywheel&apos;i denemeniz için hayali bir outdoor giyim mağazasıdır.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Son mağazalar</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelHub</name>
    <message>
        <source>Action queue</source>
        <translation>Eylem listesi</translation>
    </message>
    <message>
        <source>No open actions. Open the action queue.</source>
        <translation>Açık eylem yok. Eylem listesini açın.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), %1 accepted. Open the action queue.</source>
        <translation>
            <numerusform>%n açık eylem, %1 kabul edildi. Eylem listesini açın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>açık eylem</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Her şey tamam</translation>
    </message>
    <message>
        <source>no open actions</source>
        <translation>açık eylem yok</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Henüz eylem yok</translation>
    </message>
    <message>
        <source>Action queue ›</source>
        <translation>Eylem listesi ›</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelNode</name>
    <message>
        <source>This version of Flywheel cannot run this stage yet.</source>
        <translation>Flywheel&apos;in bu sürümü bu aşamayı henüz çalıştıramıyor.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run to analyse the store.</source>
        <translation>Henüz çalıştırılmadı. Mağazayı analiz etmek için Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>Son çalıştırma başarısız oldu: %1</translation>
    </message>
    <message>
        <source>The last run was cancelled.</source>
        <translation>Son çalıştırma iptal edildi.</translation>
    </message>
    <message>
        <source>%1 (%2 since the previous run)</source>
        <translation>%1 (önceki çalıştırmadan bu yana %2)</translation>
    </message>
    <message>
        <source>Passed on to the next stage: %1.</source>
        <translation>Sonraki aşamaya aktarılan: %1.</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Açık eylem yok.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s).</source>
        <translation>
            <numerusform>%n açık eylem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n eylem</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Son çalıştırma başarısız</translation>
    </message>
    <message>
        <source>Open the stage for what went wrong.</source>
        <translation>Neyin yanlış gittiğini görmek için aşamayı açın.</translation>
    </message>
    <message>
        <source>Coming later</source>
        <translation>Yakında</translation>
    </message>
    <message>
        <source>This version cannot run this stage yet.</source>
        <translation>Bu sürüm bu aşamayı henüz çalıştıramıyor.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Henüz çalıştırılmadı</translation>
    </message>
    <message>
        <source>Press Run to analyse your store.</source>
        <translation>Mağazanızı analiz etmek için Çalıştır&apos;a basın.</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>Çalıştırıldı: %1</translation>
    </message>
    <message>
        <source>%1 · last run failed</source>
        <translation>%1 · son çalıştırma başarısız</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelView</name>
    <message>
        <source>The wheel of stages</source>
        <translation>Aşamaların döngüsü</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Ekran görüntüsü %1 konumuna kaydedilemedi.</translation>
    </message>
    <message>
        <source>Turns your online store&apos;s exports into concrete next steps.</source>
        <translation>Online mağazanızın dışa aktarımlarını somut sonraki adımlara dönüştürür.</translation>
    </message>
    <message>
        <source>The store file to open.</source>
        <translation>Açılacak mağaza dosyası.</translation>
    </message>
    <message>
        <source>Open the demo store, creating it on first use.</source>
        <translation>Demo mağazayı aç; ilk kullanımda oluşturulur.</translation>
    </message>
    <message>
        <source>Once the window has loaded, save a picture of it to FILE and quit.</source>
        <translation>Pencere yüklendiğinde görüntüsünü FILE dosyasına kaydet ve çık.</translation>
    </message>
    <message>
        <source>The page to show once the store is open: %1.</source>
        <translation>Mağaza açıldığında gösterilecek sayfa: %1.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. The pages are: %2.</source>
        <translation>&quot;%1&quot; diye bir sayfa yok. Sayfalar: %2.</translation>
    </message>
</context>
</TS>
