<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Aggregation</name>
    <message>
        <source>There are no dated quantities up to %1 to forecast from.</source>
        <translation>Bis %1 gibt es keine Mengen mit Datum, aus denen sich eine Prognose erstellen ließe.</translation>
    </message>
    <message>
        <source>The data runs from %1 to %2, which does not cover one complete period yet; forecast by a shorter period or add more history.</source>
        <translation>Die Daten reichen von %1 bis %2 und decken damit noch keine ganze Periode ab; wählen Sie für die Prognose eine kürzere Periode oder ergänzen Sie ältere Daten.</translation>
    </message>
</context>
<context>
    <name>AnonymiseCommands</name>
    <message>
        <source>Name the copy to write: flywheel-cli --db STORE anonymise --out FILE.flywheel</source>
        <translation>Nennen Sie die zu schreibende Kopie: flywheel-cli --db SHOP anonymise --out DATEI.flywheel</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) and their messages anonymised.</source>
        <translation>
            <numerusform>%1 geschrieben: %n Kunde und seine Nachrichten anonymisiert.</numerusform>
            <numerusform>%1 geschrieben: %n Kunden und ihre Nachrichten anonymisiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnonymisedCopy</name>
    <message>
        <source>%1 already exists. Choose another name for the anonymised copy.</source>
        <translation>%1 gibt es bereits. Wählen Sie einen anderen Namen für die anonymisierte Kopie.</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 konnte nicht angelegt werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not save your preferences to %1. Check that the folder can be written to.</source>
        <translation>Ihre Einstellungen konnten nicht in %1 gespeichert werden. Prüfen Sie, ob in den Ordner geschrieben werden darf.</translation>
    </message>
</context>
<context>
    <name>AttributeVocabulary</name>
    <message>
        <source>Waterproof</source>
        <translation>Wasserdicht</translation>
    </message>
    <message>
        <source>Washing and care</source>
        <translation>Waschen und Pflege</translation>
    </message>
    <message>
        <source>Size and fit</source>
        <translation>Größe und Passform</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Maße</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Kompatibilität</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Wärme</translation>
    </message>
    <message>
        <source>Where it is made</source>
        <translation>Herstellungsort</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Performance features</source>
        <translation>Funktionseigenschaften</translation>
    </message>
</context>
<context>
    <name>AutoForecast</name>
    <message numerus="yes">
        <source>No exponential smoothing model fits a history of %n period(s).</source>
        <translation>
            <numerusform>Kein Modell der exponentiellen Glättung passt zu einer Historie von %n Periode.</numerusform>
            <numerusform>Kein Modell der exponentiellen Glättung passt zu einer Historie von %n Perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown forecasting method.</source>
        <translation>Unbekanntes Prognoseverfahren.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value before the first known one were left out.</source>
        <translation>
            <numerusform>%n Periode ohne Wert vor dem ersten bekannten Wert wurde weggelassen.</numerusform>
            <numerusform>%n Perioden ohne Wert vor dem ersten bekannten Wert wurden weggelassen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value were filled in from their neighbours.</source>
        <translation>
            <numerusform>%n Periode ohne Wert wurde aus den benachbarten Werten ergänzt.</numerusform>
            <numerusform>%n Perioden ohne Wert wurden aus den benachbarten Werten ergänzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 periods; %2 was asked for.</source>
        <translation>Der Prognosezeitraum muss zwischen 1 und %1 Perioden liegen; verlangt wurden %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n one-off spike(s) were set to the usual level before fitting.</source>
        <translation>
            <numerusform>%n einmaliger Ausreißer wurde vor der Modellanpassung auf das übliche Niveau gesetzt.</numerusform>
            <numerusform>%n einmalige Ausreißer wurden vor der Modellanpassung auf das übliche Niveau gesetzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>No demand in the history, so the forecast is zero.</source>
        <translation>Die Historie zeigt keine Nachfrage, daher ist die Prognose null.</translation>
    </message>
    <message>
        <source>Only one period of history: the forecast repeats it and cannot show a range yet.</source>
        <translation>Nur eine Periode Historie: Die Prognose wiederholt sie und kann noch keinen Bereich angeben.</translation>
    </message>
    <message>
        <source>No model could forecast this history; the last value is repeated.</source>
        <translation>Kein Modell konnte für diese Historie eine Prognose erstellen; der letzte Wert wird wiederholt.</translation>
    </message>
</context>
<context>
    <name>Backtest</name>
    <message>
        <source>A backtest of %1 period(s) from %2 origin(s) needs more than %3 periods of history; this one has %4.</source>
        <translation>Ein Backtest über %1 Periode(n) ab %2 Startpunkt(en) braucht mehr als %3 Perioden Historie; diese hat %4.</translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>There is no import batch %1. Run &quot;flywheel-cli batches&quot; to list them.</source>
        <translation>Es gibt keinen Importvorgang %1. Mit „flywheel-cli batches“ sehen Sie alle.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>Der Importvorgang %1 wurde bereits am %2 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone on its own: later imports (batch %2) changed or added to the same records. Undo those first, newest first; nothing was changed.</source>
        <translation>Der Importvorgang %1 kann nicht allein rückgängig gemacht werden: Spätere Importe (Vorgang %2) haben dieselben Datensätze geändert oder ergänzt. Machen Sie diese zuerst rückgängig, den neuesten zuerst; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The time zone America/New_York is not available on this computer, so the demo store&apos;s order times cannot be written. Install the system&apos;s time zone data and try again.</source>
        <translation>Die Zeitzone America/New_York ist auf diesem Computer nicht verfügbar, daher können die Bestellzeiten des Demo-Shops nicht geschrieben werden. Installieren Sie die Zeitzonendaten des Systems und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CategorySeason</name>
    <message>
        <source>The history shows no season of its own, so its category&apos;s seasonal pattern was applied at %1 % strength.</source>
        <translation>Die Historie zeigt keine eigene Saisonalität, daher wurde das saisonale Muster ihrer Kategorie mit %1 % Stärke angewendet.</translation>
    </message>
    <message>
        <source>%1 series came with %2 categories; each series needs one category (or none).</source>
        <translation>Zu %1 Zeitreihen wurden %2 Kategorien angegeben; jede Zeitreihe braucht eine Kategorie (oder keine).</translation>
    </message>
</context>
<context>
    <name>CollectionRanking</name>
    <message>
        <source>searches for “%1” up %2× (%3)</source>
        <translation>Suchen nach „%1“ auf das %2-Fache gestiegen (%3)</translation>
    </message>
    <message>
        <source>sales up %1× (%2)</source>
        <translation>Absatz auf das %1-Fache gestiegen (%2)</translation>
    </message>
    <message>
        <source>sales down to %1 % of the usual</source>
        <translation>Absatz auf %1&#xa0;% des Üblichen gesunken</translation>
    </message>
    <message>
        <source>out of stock: moved to the end</source>
        <translation>nicht vorrätig: ans Ende verschoben</translation>
    </message>
    <message>
        <source>not on sale (draft or archived): moved to the end</source>
        <translation>nicht im Verkauf (Entwurf oder archiviert): ans Ende verschoben</translation>
    </message>
    <message numerus="yes">
        <source>only %n day(s) of cover left: kept below the products in stock</source>
        <translation>
            <numerusform>nur noch %n Tag Reichweite: unter den vorrätigen Produkten eingeordnet</numerusform>
            <numerusform>nur noch %n Tage Reichweite: unter den vorrätigen Produkten eingeordnet</numerusform>
        </translation>
    </message>
    <message>
        <source>most of its sizes are out of stock: kept below the products in stock</source>
        <translation>die meisten Größen sind nicht vorrätig: unter den vorrätigen Produkten eingeordnet</translation>
    </message>
    <message>
        <source>%1 sold and %2 searches in the last %3 weeks</source>
        <translation>%1 verkauft und %2 Suchen in den letzten %3 Wochen</translation>
    </message>
    <message>
        <source>%1 sold per 100 search clicks</source>
        <translation>%1 verkauft je 100 Klicks aus der Suche</translation>
    </message>
    <message>
        <source>%1 % margin</source>
        <translation>%1&#xa0;% Marge</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) of cover</source>
        <translation>
            <numerusform>%n Woche Reichweite</numerusform>
            <numerusform>%n Wochen Reichweite</numerusform>
        </translation>
    </message>
    <message>
        <source>stock not known</source>
        <translation>Bestand unbekannt</translation>
    </message>
</context>
<context>
    <name>CollectionsImporter</name>
    <message>
        <source>collections list</source>
        <translation>Kollektionsliste</translation>
    </message>
    <message>
        <source>the collection has no handle</source>
        <translation>die Kollektion hat kein Handle</translation>
    </message>
    <message>
        <source>no product in the store has this handle; import the products first</source>
        <translation>kein Produkt im Shop hat dieses Handle; importieren Sie zuerst die Produkte</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Could not open the column mapping %1 (%2).</source>
        <translation>Die Spaltenzuordnung %1 konnte nicht geöffnet werden (%2).</translation>
    </message>
    <message>
        <source>The column mapping %1 is not valid JSON (%2 at byte %3).</source>
        <translation>Die Spaltenzuordnung %1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>The column mapping %1 names the delimiter &quot;%2&quot;; use one character such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;.</source>
        <translation>Die Spaltenzuordnung %1 nennt das Trennzeichen „%2“; verwenden Sie ein einzelnes Zeichen wie „,“ oder „;“ oder „tab“.</translation>
    </message>
    <message>
        <source>Could not save the column mapping to %1 (%2).</source>
        <translation>Die Spaltenzuordnung konnte nicht in %1 gespeichert werden (%2).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1: refused, nothing imported.
  %2</source>
        <translation>%1: abgelehnt, nichts importiert.
  %2</translation>
    </message>
    <message>
        <source>  A column mapping is a small JSON file given with --mapping FILE; the README shows one.</source>
        <translation>  Eine Spaltenzuordnung ist eine kleine JSON-Datei, die mit --mapping DATEI angegeben wird; die README zeigt ein Beispiel.</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; batch %3: %4 rows, %5 inserted, %6 updated, %7 unchanged, %8 rejected</source>
        <translation>%1 (%2) -&gt; Vorgang %3: %4 Zeilen, %5 eingefügt, %6 aktualisiert, %7 unverändert, %8 abgelehnt</translation>
    </message>
    <message>
        <source>  rejected rows and their reasons: %1</source>
        <translation>  abgelehnte Zeilen und ihre Gründe: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>Name the store with --db STORE (a file; it is created when missing).</source>
        <translation>Nennen Sie den Shop mit --db SHOP (eine Datei; sie wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>rejected rows with line and reason (CSV)</source>
        <translation>abgelehnte Zeilen mit Zeile und Grund (CSV)</translation>
    </message>
    <message>
        <source>column mapping for unknown layouts (JSON)</source>
        <translation>Spaltenzuordnung für unbekannte Aufbauten (JSON)</translation>
    </message>
    <message>
        <source>Name the files to import: flywheel-cli --db STORE import FILE...</source>
        <translation>Nennen Sie die zu importierenden Dateien: flywheel-cli --db SHOP import DATEI...</translation>
    </message>
    <message>
        <source>--as-of takes a date such as 2026-10-31.</source>
        <translation>--as-of erwartet ein Datum wie 2026-10-31.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 rows (%5 new, %6 changed, %7 rejected)%8
</source>
        <translation>%1  %2  %3  %4 Zeilen (%5 neu, %6 geändert, %7 abgelehnt)%8
</translation>
    </message>
    <message>
        <source>  undone %1</source>
        <translation>  rückgängig gemacht am %1</translation>
    </message>
    <message>
        <source>Name one batch number: flywheel-cli --db STORE undo BATCH (see &quot;batches&quot;).</source>
        <translation>Nennen Sie eine Vorgangsnummer: flywheel-cli --db SHOP undo NR (siehe „batches“).</translation>
    </message>
    <message>
        <source>Import batch %1 was taken out of the store.</source>
        <translation>Der Importvorgang %1 wurde aus dem Shop entfernt.</translation>
    </message>
    <message>
        <source>--scale takes small, medium or large.</source>
        <translation>--scale erwartet small, medium oder large.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed erwartet eine ganze Zahl.</translation>
    </message>
    <message>
        <source>Demo files and ground_truth.json are in %1</source>
        <translation>Die Demo-Dateien und ground_truth.json liegen in %1</translation>
    </message>
    <message>
        <source>No analysis stages are installed in this version; imports and the data browser work without them.</source>
        <translation>In dieser Version sind keine Analysestufen installiert; Importe und die Datenansicht funktionieren auch ohne sie.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms, %4 actions. %5</source>
        <translation>%1: %2 in %3 ms, %4 Maßnahmen. %5</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Noch keine Maßnahmen.</translation>
    </message>
    <message>
        <source>Shopify product update: handle, title and the changed columns (CSV)</source>
        <translation>Shopify-Produktaktualisierung: Handle, Titel und die geänderten Spalten (CSV)</translation>
    </message>
    <message>
        <source>WooCommerce product import: ID or SKU and the changed columns (CSV)</source>
        <translation>WooCommerce-Produktimport: ID oder SKU und die geänderten Spalten (CSV)</translation>
    </message>
    <message>
        <source>--advance takes a whole number of weeks.</source>
        <translation>--advance erwartet eine ganze Zahl von Wochen.</translation>
    </message>
    <message numerus="yes">
        <source>The demo store&apos;s history now runs to %1, %n week(s) past the generated history.</source>
        <translation>
            <numerusform>Die Historie des Demo-Shops reicht jetzt bis %1, %n Woche über die erzeugte Historie hinaus.</numerusform>
            <numerusform>Die Historie des Demo-Shops reicht jetzt bis %1, %n Wochen über die erzeugte Historie hinaus.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2 orders (%3 lines), %4 new customers, %5 tickets, %6 reviews and %7 search report rows.</source>
        <translation>Ab %1: %2 Bestellungen (%3 Positionen), %4 neue Kunden, %5 Tickets, %6 Bewertungen und %7 Zeilen im Suchbericht.</translation>
    </message>
    <message>
        <source>Files and ground_truth.json are in %1</source>
        <translation>Die Dateien und ground_truth.json liegen in %1</translation>
    </message>
</context>
<context>
    <name>ContentActions</name>
    <message numerus="yes">
        <source>%n review(s) say so; add to the description: “%1”.</source>
        <translation>
            <numerusform>%n Bewertung sagt das; in die Beschreibung aufnehmen: „%1“.</numerusform>
            <numerusform>%n Bewertungen sagen das; in die Beschreibung aufnehmen: „%1“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog states it elsewhere; add to the description: “%1”.</source>
        <translation>Der Katalog nennt es an anderer Stelle; in die Beschreibung aufnehmen: „%1“.</translation>
    </message>
    <message>
        <source>Neither the catalog nor the reviews say; write the answer into: “%1”.</source>
        <translation>Weder der Katalog noch die Bewertungen sagen etwas dazu; tragen Sie die Antwort hier ein: „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer “%1” on the %2 page</source>
        <translation>„%1“ auf der Produktseite von %2 beantworten</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) asked about %1 for %2, and the page does not say. Revenue at risk: %3 (each customer who had to ask, at the product&apos;s selling price).</source>
        <translation>
            <numerusform>%n Kunde fragte nach %1 bei %2, und die Seite sagt nichts dazu. Gefährdeter Umsatz: %3 (jeder Kunde, der fragen musste, zum Verkaufspreis des Produkts).</numerusform>
            <numerusform>%n Kunden fragten nach %1 bei %2, und die Seite sagt nichts dazu. Gefährdeter Umsatz: %3 (jeder Kunde, der fragen musste, zum Verkaufspreis des Produkts).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer tickets asking about %1 for this product, and fewer returns for that reason</source>
        <translation>Weniger Tickets mit Fragen zu %1 bei diesem Produkt und weniger Rücksendungen aus diesem Grund</translation>
    </message>
    <message>
        <source>Tickets asking about %1 for %2, per 4 weeks</source>
        <translation>Tickets mit Fragen zu %1 bei %2, je 4 Wochen</translation>
    </message>
    <message>
        <source>Add “%1” to the %2 page</source>
        <translation>„%1“ auf der Produktseite von %2 ergänzen</translation>
    </message>
    <message numerus="yes">
        <source>%1% of your %2 (%n product(s)) state it; this page does not.</source>
        <translation>
            <numerusform>%1&#xa0;% Ihrer %2 (%n Produkt) nennen es; diese Seite nicht.</numerusform>
            <numerusform>%1&#xa0;% Ihrer %2 (%n Produkte) nennen es; diese Seite nicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shoppers find the %1 on the page instead of asking or leaving</source>
        <translation>Kunden finden die Angabe zu %1 auf der Seite, statt zu fragen oder zu gehen</translation>
    </message>
    <message>
        <source>Orders of %1 and tickets about it, per 4 weeks</source>
        <translation>Bestellungen von %1 und Tickets dazu, je 4 Wochen</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n product(s) “%1”</source>
        <translation>
            <numerusform>%n Produkt mit dem Schlagwort „%1“ versehen</numerusform>
            <numerusform>%n Produkte mit dem Schlagwort „%1“ versehen</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pages say %1, but they lack the tag “%2” that %3 of your products carry, so filters, tag collections and searches by tag miss them: %4.</source>
        <translation>Ihre Seiten nennen %1, aber ihnen fehlt das Schlagwort „%2“, das %3 Ihrer Produkte tragen; daher übersehen Filter, Schlagwort-Kollektionen und Suchen nach Schlagwort sie: %4.</translation>
    </message>
    <message>
        <source>These products show up wherever the store lists “%1”</source>
        <translation>Diese Produkte erscheinen überall, wo der Shop „%1“ auflistet</translation>
    </message>
    <message>
        <source>Orders of these products, per 4 weeks</source>
        <translation>Bestellungen dieser Produkte, je 4 Wochen</translation>
    </message>
</context>
<context>
    <name>ContentPush</name>
    <message>
        <source>“%1” was left out: fill in the part marked [[ ]] first, then accept it again.</source>
        <translation>„%1“ wurde ausgelassen: Füllen Sie zuerst den mit [[ ]] markierten Teil aus und nehmen Sie die Maßnahme dann erneut an.</translation>
    </message>
    <message>
        <source>%1 was left out: Flywheel writes product files for Shopify and WooCommerce; this product came from %2.</source>
        <translation>%1 wurde ausgelassen: Flywheel schreibt Produktdateien für Shopify und WooCommerce; dieses Produkt stammt aus %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you may write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>ContentQueries</name>
    <message>
        <source>Action %1 has no suggested edit; press Run to bring the suggestions up to date.</source>
        <translation>Die Maßnahme %1 hat keine vorgeschlagene Änderung; klicken Sie auf Ausführen, um die Vorschläge zu aktualisieren.</translation>
    </message>
    <message>
        <source>Fill in the part marked [[ ]] with what is true for this product, then accept it.</source>
        <translation>Füllen Sie den mit [[ ]] markierten Teil mit dem aus, was für dieses Produkt zutrifft, und nehmen Sie die Maßnahme dann an.</translation>
    </message>
</context>
<context>
    <name>ContentStage</name>
    <message>
        <source>content completeness (%)</source>
        <translation>Vollständigkeit der Inhalte (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read; %1 attribute values; %2 answers and %3 other edits suggested</source>
        <translation>
            <numerusform>%n Produkt gelesen; %1 Attributwerte; %2 Antworten und %3 weitere Änderungen vorgeschlagen</numerusform>
            <numerusform>%n Produkte gelesen; %1 Attributwerte; %2 Antworten und %3 weitere Änderungen vorgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>%n Attributwert</numerusform>
            <numerusform>%n Attributwerte</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
</context>
<context>
    <name>ContentSuggestions</name>
    <message>
        <source>yes, water-resistant or no</source>
        <translation>ja, wasserabweisend oder nein</translation>
    </message>
    <message>
        <source>how to wash it, e.g. machine wash cold</source>
        <translation>wie man es wäscht, z. B. Maschinenwäsche kalt</translation>
    </message>
    <message>
        <source>e.g. true to size, runs small</source>
        <translation>z. B. fällt normal aus, fällt klein aus</translation>
    </message>
    <message>
        <source>what it is made of</source>
        <translation>woraus es besteht</translation>
    </message>
    <message>
        <source>e.g. 30 × 20 × 10 cm</source>
        <translation>z. B. 30 × 20 × 10 cm</translation>
    </message>
    <message>
        <source>e.g. 350 g</source>
        <translation>z. B. 350 g</translation>
    </message>
    <message>
        <source>its colour</source>
        <translation>seine Farbe</translation>
    </message>
    <message>
        <source>e.g. solid, striped</source>
        <translation>z. B. einfarbig, gestreift</translation>
    </message>
    <message>
        <source>e.g. all-season, winter</source>
        <translation>z. B. ganzjährig, Winter</translation>
    </message>
    <message>
        <source>e.g. breathable, windproof</source>
        <translation>z. B. atmungsaktiv, winddicht</translation>
    </message>
    <message>
        <source>e.g. insulated, warm to -10 °C</source>
        <translation>z. B. isoliert, warm bis -10 °C</translation>
    </message>
    <message>
        <source>the country it is made in</source>
        <translation>das Land, in dem es hergestellt wird</translation>
    </message>
    <message>
        <source>e.g. 2-year warranty</source>
        <translation>z. B. 2 Jahre Garantie</translation>
    </message>
    <message>
        <source>what it works with</source>
        <translation>womit es zusammen funktioniert</translation>
    </message>
    <message>
        <source>the answer customers ask for</source>
        <translation>die Antwort, nach der Kunden fragen</translation>
    </message>
    <message>
        <source>fill in: %1</source>
        <translation>ausfüllen: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not open %1 (%2). Check that the file exists and that you may read it.</source>
        <translation>%1 konnte nicht geöffnet werden (%2). Prüfen Sie, ob die Datei existiert und Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>%1 konnte nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line. Export the file again from its platform.</source>
        <translation>%1 ist leer: Die Datei hat keine Kopfzeile. Exportieren Sie sie erneut aus ihrer Plattform.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or similar), not a CSV file. Open it in your spreadsheet program, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>%1 ist eine Arbeitsmappe (Excel oder ähnlich), keine CSV-Datei. Öffnen Sie sie in Ihrem Tabellenprogramm, speichern Sie sie als „CSV UTF-8“ und importieren Sie diese Datei.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data, as pictures, archives and programs do. Flywheel reads CSV exports; export the data again as CSV.</source>
        <translation>%1 ist keine Textdatei: Sie enthält Binärdaten, wie Bilder, Archive und Programme. Flywheel liest CSV-Exporte; exportieren Sie die Daten erneut als CSV.</translation>
    </message>
    <message>
        <source>The record starting on line %1 of %2 runs on for more than %3 MB, which no export does: the file is damaged (often a quote that never closes) or is not an export. Export it again from its platform.</source>
        <translation>Der Datensatz ab Zeile %1 von %2 ist länger als %3 MB, was bei keinem Export vorkommt: Die Datei ist beschädigt (oft ein Anführungszeichen, das nie geschlossen wird) oder kein Export. Exportieren Sie sie erneut aus ihrer Plattform.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1 (%2). Check that the folder exists and that you may write there.</source>
        <translation>%1 konnte nicht angelegt werden (%2). Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write all of %1 (%2). The disk may be full; free some space and try again.</source>
        <translation>%1 konnte nicht vollständig geschrieben werden (%2). Vielleicht ist der Datenträger voll; schaffen Sie etwas Platz und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>No customer has an order yet: import an orders export first.</source>
        <translation>Noch hat kein Kunde eine Bestellung: Importieren Sie zuerst einen Bestellexport.</translation>
    </message>
    <message>
        <source>customer                          segment              P(alive)  orders 90d  value 12 months  on discount</source>
        <translation>Kunde                             Segment              P(aktiv) Best. 90 Tg   Wert 12 Monate   mit Rabatt</translation>
    </message>
    <message numerus="yes">
        <source>Purchase model (BG/NBD, weeks) on %n customer(s): r %1, alpha %2, a %3, b %4.</source>
        <translation>
            <numerusform>Kaufmodell (BG/NBD, Wochen) mit %n Kunden: r %1, alpha %2, a %3, b %4.</numerusform>
            <numerusform>Kaufmodell (BG/NBD, Wochen) mit %n Kunden: r %1, alpha %2, a %3, b %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase model: %1</source>
        <translation>Kaufmodell: %1</translation>
    </message>
    <message numerus="yes">
        <source>Spend model (Gamma-Gamma, in %1) on %n repeat customer(s): p %2, q %3, v %4.</source>
        <translation>
            <numerusform>Ausgabenmodell (Gamma-Gamma, in %1) mit %n wiederkehrenden Kunden: p %2, q %3, v %4.</numerusform>
            <numerusform>Ausgabenmodell (Gamma-Gamma, in %1) mit %n wiederkehrenden Kunden: p %2, q %3, v %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend model: %1</source>
        <translation>Ausgabenmodell: %1</translation>
    </message>
</context>
<context>
    <name>CustomerScores</name>
    <message>
        <source>Scoring customers was cancelled.</source>
        <translation>Die Bewertung der Kunden wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full. Free some space and try again. (%1)</source>
        <translation>Der Datenträger ist voll. Schaffen Sie etwas Platz und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The store is busy in another program or window. Close it there and try again. (%1)</source>
        <translation>Der Shop wird gerade in einem anderen Programm oder Fenster verwendet. Schließen Sie ihn dort und versuchen Sie es erneut. (%1)</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a Flywheel store. Open a backup copy. (%1)</source>
        <translation>Die Shop-Datei ist beschädigt oder kein Flywheel-Shop. Öffnen Sie eine Sicherungskopie. (%1)</translation>
    </message>
    <message>
        <source>The store file cannot be written or opened. Check that the folder exists and that you may write there. (%1)</source>
        <translation>Die Shop-Datei kann nicht geschrieben oder geöffnet werden. Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen. (%1)</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>Der Shop meldet einen Fehler: %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>Reading or writing the store failed: the disk may be full, removed or failing. Free some space or check the drive, then try again. (%1)</source>
        <translation>Lesen oder Schreiben des Shops ist fehlgeschlagen: Der Datenträger ist vielleicht voll, entfernt oder defekt. Geben Sie Speicherplatz frei oder prüfen Sie das Laufwerk und versuchen Sie es erneut. (%1)</translation>
    </message>
</context>
<context>
    <name>DemoAdvance</name>
    <message>
        <source>Advancing the demo store was cancelled.</source>
        <translation>Das Fortschreiben des Demo-Shops wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This store was not created as a demo store, so there is no demo world to continue. Create a demo store (flywheel-cli --db NEW_STORE demo) and advance that one.</source>
        <translation>Dieser Shop wurde nicht als Demo-Shop angelegt, daher gibt es keine Demo-Welt, die sich fortsetzen ließe. Legen Sie einen Demo-Shop an (flywheel-cli --db NEUER_SHOP demo) und schreiben Sie diesen fort.</translation>
    </message>
    <message>
        <source>A demo store advances by 1 to %1 weeks at a time; %2 is outside that. Choose a number of weeks in that range.</source>
        <translation>Ein Demo-Shop wird jeweils um 1 bis %1 Wochen fortgeschrieben; %2 liegt außerhalb. Wählen Sie eine Wochenzahl in diesem Bereich.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo store&apos;s next files. Check that you may write there, or choose another folder.</source>
        <translation>Der Ordner %1 für die nächsten Dateien des Demo-Shops konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>Creating the demo store was cancelled.</source>
        <translation>Das Anlegen des Demo-Shops wurde abgebrochen.</translation>
    </message>
    <message>
        <source>No folder was given for the demo store&apos;s files. Choose a folder and try again.</source>
        <translation>Für die Dateien des Demo-Shops wurde kein Ordner angegeben. Wählen Sie einen Ordner und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo store&apos;s files. Check that you may write there.</source>
        <translation>Der Ordner %1 für die Dateien des Demo-Shops konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check that the folder exists and that you may write there.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>Importing the demo store&apos;s files was cancelled.</source>
        <translation>Der Import der Dateien des Demo-Shops wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>DemoStoreBuilder</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not save the demo store as %1.</source>
        <translation>Der Demo-Shop konnte nicht als %1 gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>side by side in the title</source>
        <translation>nebeneinander im Titel</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>nicht vorrätig</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>“%1” %2: %3</source>
        <translation>„%1“ %2: %3</translation>
    </message>
    <message>
        <source>“%1” in %2</source>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <source>“%1” read as “%2” (typo) in %3</source>
        <translation>„%1“ als „%2“ gelesen (Tippfehler) in %3</translation>
    </message>
    <message>
        <source>“%1” completed to “%2” in %3</source>
        <translation>„%1“ zu „%2“ ergänzt in %3</translation>
    </message>
    <message>
        <source>“%1” found as its synonym “%2” in %3</source>
        <translation>„%1“ über sein Synonym „%2“ gefunden in %3</translation>
    </message>
    <message>
        <source>“%1” found as “%2” in %3</source>
        <translation>„%1“ als „%2“ gefunden in %3</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, Zeile %2, Spalte „%3“: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
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
        <translation>%1 kann höchstens %2 saisonale Zustände abbilden; ein Zyklus von %3 Perioden ist dafür zu lang.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs more history than %n period(s).</source>
        <translation>
            <numerusform>%1 braucht mehr Historie als %n Periode.</numerusform>
            <numerusform>%1 braucht mehr Historie als %n Perioden.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 multiplies and needs every value above zero.</source>
        <translation>%1 rechnet multiplikativ und braucht ausschließlich Werte über null.</translation>
    </message>
    <message>
        <source>%1 found no admissible start on this history.</source>
        <translation>%1 hat für diese Historie keinen zulässigen Startwert gefunden.</translation>
    </message>
    <message>
        <source>%1 found no admissible parameters on this history.</source>
        <translation>%1 hat für diese Historie keine zulässigen Parameter gefunden.</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Zeilen aus %1</translation>
    </message>
    <message>
        <source>Signal: %1 %2</source>
        <translation>Signal: %1 %2</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Signal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n Zeile: %1</numerusform>
            <numerusform>%n Zeilen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>No evidence was recorded for this action.</source>
        <translation>Für diese Maßnahme wurden keine Belege gespeichert.</translation>
    </message>
</context>
<context>
    <name>FlywheelCli</name>
    <message>
        <source>The store file to use (created when missing).</source>
        <translation>Die zu verwendende Shop-Datei (wird angelegt, wenn sie fehlt).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>SHOP</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Maschinenlesbares JSON ausgeben.</translation>
    </message>
    <message>
        <source>import: read the files as this format.</source>
        <translation>import: die Dateien in diesem Format lesen.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import: a column mapping JSON file for a layout Flywheel does not recognise.</source>
        <translation>import: eine JSON-Datei mit Spaltenzuordnung für einen Aufbau, den Flywheel nicht erkennt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>import: the day inventory levels were read (YYYY-MM-DD); default: the file&apos;s date.</source>
        <translation>import: der Tag, an dem die Lagerbestände erfasst wurden (JJJJ-MM-TT); Standard: das Datum der Datei.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>import: where rejects files go (default: beside the store).</source>
        <translation>import: wohin die Dateien mit abgelehnten Zeilen kommen (Standard: neben den Shop).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>demo: small, medium or large.</source>
        <translation>demo: small, medium oder large.</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>demo, run: the random seed.</source>
        <translation>demo, run: der Startwert für den Zufall.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What to do (see the list above).</source>
        <translation>Was zu tun ist (siehe Liste oben).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;flywheel-cli --help&quot; for the list.</source>
        <translation>Unbekannter Befehl „%1“. Mit „flywheel-cli --help“ sehen Sie die Liste.</translation>
    </message>
    <message>
        <source>run, actions, push: only this stage.</source>
        <translation>run, actions, push: nur diese Stufe.</translation>
    </message>
    <message>
        <source>forecast: the sales file (CSV with date,sku,qty).</source>
        <translation>forecast: die Verkaufsdatei (CSV mit date,sku,qty).</translation>
    </message>
    <message>
        <source>forecast: how many periods ahead.</source>
        <translation>forecast: wie viele Perioden im Voraus.</translation>
    </message>
    <message>
        <source>forecast: day, week or month (default week).</source>
        <translation>forecast: day, week oder month (Standard: week).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODE</translation>
    </message>
    <message>
        <source>search: how many results.</source>
        <translation>search: wie viele Treffer.</translation>
    </message>
    <message>
        <source>search: show which words, fields and rules gave each result its score.</source>
        <translation>search: zeigen, welche Wörter, Felder und Regeln jedem Treffer seine Punkte gegeben haben.</translation>
    </message>
    <message>
        <source>search: a file with one query per line.</source>
        <translation>search: eine Datei mit einer Suchanfrage pro Zeile.</translation>
    </message>
    <message>
        <source>forecast: only the variants with this SKU.</source>
        <translation>forecast: nur die Varianten mit dieser SKU.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>demo: write and import the demo store&apos;s next WEEKS weeks.</source>
        <translation>demo: die nächsten WOCHEN Wochen des Demo-Shops schreiben und importieren.</translation>
    </message>
    <message>
        <source>WEEKS</source>
        <translation>WOCHEN</translation>
    </message>
    <message>
        <source>run: run every stage, even those with nothing new to read.</source>
        <translation>run: alle Stufen ausführen, auch solche, die nichts Neues zu lesen haben.</translation>
    </message>
    <message>
        <source>push: every accepted action.</source>
        <translation>push: alle angenommenen Maßnahmen.</translation>
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
        <translation>Die Flywheel-Engine ohne Fenster: importiert Shop-Exporte, führt die Analysen aus und listet die Maßnahmen auf.

Befehle:
  formats                       alle Formate, die Flywheel liest
  import DATEI...               Exportdateien in den Shop importieren
  stats                         Zeilenzahlen der Tabellen des Shops
  batches                       die bisherigen Importe
  undo NR                       einen Import wieder aus dem Shop entfernen
  demo                          den Demo-Shop anlegen (Dateien und Shop)
  demo --advance WOCHEN         die nächsten Wochen des Demo-Shops, die auf die bisher übergebenen Maßnahmen reagieren
  run                           die Stufen des Kreislaufs ausführen
  actions                       die empfohlenen Maßnahmen auflisten
  tickets                       Tickets mit Stimmung, Anliegen, Schlagwörtern, Produkten und Fragen
  gaps                          Inhaltslücken: was Kunden fragen, aber die Produktseiten nicht sagen
  accept ID...                  Maßnahmen annehmen
  dismiss ID...                 Maßnahmen verwerfen (sie kehren nur zurück, wenn ihre Belege zunehmen)
  push (ID...|--accepted) --out ORDNER  diese Maßnahmen oder alle angenommenen als Dateien zum Importieren schreiben, mit einem Manifest
  push --stage STUFE --out ORDNER  dasselbe für die angenommenen Maßnahmen von content, search, merchandising, inventory oder promotions
  outcomes                      was jede übergebene Maßnahme bewirkt hat oder wann sie gemessen wird
  report --out DATEI            der Wochenbericht als Webseite (.html) oder als A4-PDF (.pdf)
  anonymise --out DATEI         eine Kopie des Shops zum Weitergeben, ohne E-Mail-Adressen, Namen, Telefonnummern und Adressen der Kunden
  forecast --series DATEI --horizon N  jede SKU einer Verkaufsdatei mit date,sku,qty prognostizieren (ohne Shop)
  forecast [--sku SKU]          die Varianten des Shops prognostizieren (--horizon in Wochen)
  backtest                      wie die Prognose jeder Variante in ihren zurückgehaltenen letzten Wochen abgeschnitten hat
  search WÖRTER...              den Katalog so durchsuchen wie Kunden (--explain zeigt, warum jeder Treffer erscheint)
  search --batch DATEI          eine Suchanfrage pro Zeile, eine JSON-Zeile mit Treffern pro Suchanfrage
  customers                     Segment jedes Kunden, Wahrscheinlichkeit, dass er noch Kunde ist, erwartete Bestellungen und Wert
  clv                           die Parameter der angepassten Kauf- und Ausgabenmodelle</translation>
    </message>
    <message>
        <source>demo: folder for the export files (default: beside the store); push: folder for the product files (default: the current folder); report: the file to write (.html or .pdf); anonymise: the copy to write.</source>
        <translation>demo: Ordner für die Exportdateien (Standard: neben dem Shop); push: Ordner für die Produktdateien (Standard: der aktuelle Ordner); report: die zu schreibende Datei (.html oder .pdf); anonymise: die zu schreibende Kopie.</translation>
    </message>
</context>
<context>
    <name>ForecastCommands</name>
    <message>
        <source>%1: no forecast. %2</source>
        <translation>%1: keine Prognose. %2</translation>
    </message>
    <message>
        <source>  period        forecast      80 % range          95 % range</source>
        <translation>  Periode       Prognose     80-%-Bereich        95-%-Bereich</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of periods from 1 to %1, such as 12.</source>
        <translation>--horizon erwartet eine ganze Zahl von Perioden zwischen 1 und %1, etwa 12.</translation>
    </message>
    <message>
        <source>--by takes day, week or month.</source>
        <translation>--by erwartet day, week oder month.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a readable date, SKU or quantity were skipped (%1).</source>
        <translation>
            <numerusform>%n Zeile ohne lesbares Datum, SKU oder Menge wurde übersprungen (%1).</numerusform>
            <numerusform>%n Zeilen ohne lesbares Datum, SKU oder Menge wurden übersprungen (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No variant in this store has the SKU &quot;%1&quot;. Check the spelling, or run without --sku to forecast every variant.</source>
        <translation>Keine Variante in diesem Shop hat die SKU „%1“. Prüfen Sie die Schreibweise oder führen Sie den Befehl ohne --sku aus, um alle Varianten zu prognostizieren.</translation>
    </message>
    <message>
        <source>No variant has enough sales history for a backtest yet (16 periods).</source>
        <translation>Noch hat keine Variante genug Verkaufshistorie für einen Rückblicktest (16 Perioden).</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s) backtested on their last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range held %4 % of the time, the 95 % range %5 %.</source>
        <translation>
            <numerusform>%n Prognose im Rückblicktest auf ihren zurückgehaltenen letzten Perioden geprüft: WAPE %1 %, Bias %2 %, MASE %3; der 80-%-Bereich traf in %4 % der Fälle zu, der 95-%-Bereich in %5 %.</numerusform>
            <numerusform>%n Prognosen im Rückblicktest auf ihren zurückgehaltenen letzten Perioden geprüft: WAPE %1 %, Bias %2 %, MASE %3; der 80-%-Bereich traf in %4 % der Fälle zu, der 95-%-Bereich in %5 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the sales file: flywheel-cli forecast --series FILE --horizon N (a CSV with date,sku,qty), or the store: flywheel-cli --db STORE forecast.</source>
        <translation>Geben Sie die Verkaufsdatei an: flywheel-cli forecast --series DATEI --horizon N (eine CSV-Datei mit date,sku,qty), oder den Shop: flywheel-cli --db SHOP forecast.</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
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
        <translation>%1 Pp.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>No period of the history has a value; there is nothing to forecast from.</source>
        <translation>Keine Periode der Historie hat einen Wert; es gibt nichts, woraus sich eine Prognose erstellen ließe.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the line has %1 of the %2 columns: it was cut off or a quote was left open; check the file or export it again</source>
        <translation>die Zeile hat %1 der %2 Spalten: Sie wurde abgeschnitten oder ein Anführungszeichen nicht geschlossen; prüfen Sie die Datei oder exportieren Sie sie erneut</translation>
    </message>
    <message>
        <source>Flywheel does not know the format &quot;%1&quot;. Run &quot;flywheel-cli formats&quot; to list the formats it reads.</source>
        <translation>Flywheel kennt das Format „%1“ nicht. Mit „flywheel-cli formats“ sehen Sie die Formate, die es liest.</translation>
    </message>
    <message>
        <source>The columns of this file (%1) match no export format Flywheel reads. Check that it is an export from your store, help desk or inventory tool; if it is, import it with a column mapping that names which of its columns is which.</source>
        <translation>Die Spalten dieser Datei (%1) passen zu keinem Exportformat, das Flywheel liest. Prüfen Sie, ob es ein Export aus Ihrem Shop, Helpdesk oder Lagerprogramm ist; wenn ja, importieren Sie die Datei mit einer Spaltenzuordnung, die sagt, welche Spalte was enthält.</translation>
    </message>
    <message>
        <source>A %1 needs the column(s) %2, which this file does not have. Export the file again with all its columns, or import it with a column mapping.</source>
        <translation>Als %1 braucht die Datei die Spalte(n) %2, die ihr fehlen. Exportieren Sie die Datei erneut mit allen Spalten oder importieren Sie sie mit einer Spaltenzuordnung.</translation>
    </message>
    <message>
        <source>the line has %1 columns where the header has %2; a value may contain an unquoted delimiter</source>
        <translation>die Zeile hat %1 Spalten, die Kopfzeile aber %2; vielleicht enthält ein Wert ein Trennzeichen ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from this file was kept.</source>
        <translation>Der Import wurde abgebrochen; aus dieser Datei wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>This exact file was imported before (batch %1); nothing was added twice.</source>
        <translation>Genau diese Datei wurde schon einmal importiert (Vorgang %1); nichts wurde doppelt hinzugefügt.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The columns chosen for %1 were not saved: %2</source>
        <translation>Die für %1 gewählten Spalten wurden nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import was cancelled before this file.</source>
        <translation>Der Import wurde vor dieser Datei abgebrochen.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Cannot be read; it will be skipped</source>
        <translation>Nicht lesbar; wird übersprungen</translation>
    </message>
    <message>
        <source>Layout not recognised; you choose its columns next</source>
        <translation>Aufbau nicht erkannt; Sie wählen als Nächstes die Spalten</translation>
    </message>
    <message>
        <source>%1; you choose its columns next</source>
        <translation>%1; Sie wählen als Nächstes die Spalten</translation>
    </message>
    <message>
        <source>%1, with the columns you saved</source>
        <translation>%1, mit den Spalten, die Sie gespeichert haben</translation>
    </message>
    <message>
        <source>%1, with the columns you chose</source>
        <translation>%1, mit den Spalten, die Sie gewählt haben</translation>
    </message>
</context>
<context>
    <name>IntentRules</name>
    <message>
        <source>Order status</source>
        <translation>Bestellstatus</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Bestellung ändern</translation>
    </message>
    <message>
        <source>Wrong or damaged item</source>
        <translation>Falscher oder beschädigter Artikel</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Rücksendung</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Umtausch</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Lieferproblem</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Versandbedingungen</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Produktfrage</translation>
    </message>
    <message>
        <source>Sizing and fit</source>
        <translation>Größe und Passform</translation>
    </message>
    <message>
        <source>Product recommendation</source>
        <translation>Produktempfehlung</translation>
    </message>
    <message>
        <source>Discount or code problem</source>
        <translation>Problem mit Rabatt oder Code</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <source>Positive feedback</source>
        <translation>Positives Feedback</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Negatives Feedback</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>IntermittentForecast</name>
    <message>
        <source>The history has no period with demand, so there is nothing to smooth.</source>
        <translation>Die Historie hat keine Periode mit Nachfrage, daher gibt es nichts zu glätten.</translation>
    </message>
</context>
<context>
    <name>InventoryActions</name>
    <message numerus="yes">
        <source>%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point %5, order up to %6, for %n day(s) of lead time at a %7 % service level.</source>
        <translation>
            <numerusform>%1 verfügbar, %2 unterwegs; die Prognose (%3) erwartet %4 pro Woche. Meldebestand %5, Zielbestand %6, bei %n Tag Lieferzeit und einem Servicegrad von %7 %.</numerusform>
            <numerusform>%1 verfügbar, %2 unterwegs; die Prognose (%3) erwartet %4 pro Woche. Meldebestand %5, Zielbestand %6, bei %n Tagen Lieferzeit und einem Servicegrad von %7 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to sell out on %1.</source>
        <translation>Voraussichtlich ausverkauft am %1.</translation>
    </message>
    <message>
        <source>Revenue at risk before new stock could arrive: %1.</source>
        <translation>Gefährdeter Umsatz, bis neue Ware eintreffen kann: %1.</translation>
    </message>
    <message numerus="yes">
        <source>On the last %n held-out period(s) this forecast was off by %1 % (WAPE).</source>
        <translation>
            <numerusform>Diese Prognose lag in %n zurückgehaltenen Periode am Ende der Historie um %1 % daneben (WAPE).</numerusform>
            <numerusform>Diese Prognose lag in %n zurückgehaltenen Perioden am Ende der Historie um %1 % daneben (WAPE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder %1 × %2</source>
        <translation>%1 × %2 nachbestellen</translation>
    </message>
    <message>
        <source>Reorder %1 × %2 from %3</source>
        <translation>%1 × %2 bei %3 nachbestellen</translation>
    </message>
    <message>
        <source>Keeps about %1 in sales that would be lost to a stockout.</source>
        <translation>Sichert etwa %1 Umsatz, der durch einen Fehlbestand verloren ginge.</translation>
    </message>
    <message>
        <source>Keeps the variant in stock through the supplier&apos;s lead time.</source>
        <translation>Hält die Variante während der Lieferzeit des Lieferanten vorrätig.</translation>
    </message>
</context>
<context>
    <name>InventoryPush</name>
    <message>
        <source>%1: no longer needs a reorder (the latest run found enough stock); left out.</source>
        <translation>%1: keine Nachbestellung mehr nötig (der letzte Lauf hat genug Bestand gefunden); ausgelassen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>InventoryStage</name>
    <message>
        <source>forecast error on held-out weeks, WAPE (%)</source>
        <translation>Prognosefehler in zurückgehaltenen Wochen, WAPE (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) forecast; %1 to reorder, %2 out of stock, %3 overstocked</source>
        <translation>
            <numerusform>%n Variante prognostiziert; %1 nachzubestellen, %2 nicht vorrätig, %3 mit Überbestand</numerusform>
            <numerusform>%n Varianten prognostiziert; %1 nachzubestellen, %2 nicht vorrätig, %3 mit Überbestand</numerusform>
        </translation>
    </message>
    <message>
        <source>No stock levels yet: import an inventory export to see cover, reorders and overstock.</source>
        <translation>Noch keine Bestandsmengen: Importieren Sie einen Bestandsexport, um Reichweite, Nachbestellungen und Überbestand zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n overstocked variant(s)</source>
        <translation>
            <numerusform>%n Variante mit Überbestand</numerusform>
            <numerusform>%n Varianten mit Überbestand</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message numerus="yes">
        <source>the next weeks of %n product(s) follow their searches (%1% closer to what sold over the last %2 weeks)</source>
        <translation>
            <numerusform>die nächsten Wochen von %n Produkt folgen seinen Suchen (in den letzten %2 Wochen %1 % näher am tatsächlichen Verkauf)</numerusform>
            <numerusform>die nächsten Wochen von %n Produkten folgen ihren Suchen (in den letzten %2 Wochen %1 % näher am tatsächlichen Verkauf)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>a misspelling</source>
        <translation>eine falsche Schreibweise</translation>
    </message>
    <message>
        <source>the shoppers&apos; word, not the catalog&apos;s</source>
        <translation>das Wort der Kunden, nicht das des Katalogs</translation>
    </message>
    <message>
        <source>a filter the catalog cannot answer</source>
        <translation>ein Filter, den der Katalog nicht bedienen kann</translation>
    </message>
    <message>
        <source>only out-of-stock items match</source>
        <translation>nur nicht vorrätige Artikel passen</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>nicht im Sortiment</translation>
    </message>
    <message>
        <source>%1: %2 units beyond what it sells, %3 days of cover</source>
        <translation>%1: %2 Stück Überbestand, %3 Tage Reichweite</translation>
    </message>
    <message>
        <source>%1: time to reorder, %2 days of cover left</source>
        <translation>%1: Zeit nachzubestellen, noch %2 Tage Reichweite</translation>
    </message>
    <message>
        <source>%1: out of stock</source>
        <translation>%1: nicht vorrätig</translation>
    </message>
    <message numerus="yes">
        <source>Customers asked about %1 %n time(s) (%2)</source>
        <translation>
            <numerusform>Kunden haben %n-mal nach %1 gefragt (%2)</numerusform>
            <numerusform>Kunden haben %n-mal nach %1 gefragt (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” searched %n time(s) without finding it: %2</source>
        <translation>
            <numerusform>„%1“ wurde %n-mal gesucht, ohne etwas zu finden: %2</numerusform>
            <numerusform>„%1“ wurde %n-mal gesucht, ohne etwas zu finden: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sells %2× its usual level, falling</source>
        <translation>%1 verkauft sich mit dem %2-Fachen des üblichen Niveaus, fallend</translation>
    </message>
    <message>
        <source>%1 trends up: %2× its usual level</source>
        <translation>%1 im Aufwärtstrend: das %2-Fache des üblichen Niveaus</translation>
    </message>
    <message>
        <source>(searches for “%1”)</source>
        <translation>(Suchen nach „%1“)</translation>
    </message>
</context>
<context>
    <name>LoopCommands</name>
    <message>
        <source>&quot;%1&quot; is not an action id; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>„%1“ ist keine Maßnahmen-ID; „flywheel-cli actions“ listet sie auf.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) accepted; &quot;flywheel-cli push --accepted --out DIR&quot; writes their files.</source>
        <translation>
            <numerusform>%n Maßnahme angenommen; „flywheel-cli push --accepted --out ORDNER“ schreibt ihre Dateien.</numerusform>
            <numerusform>%n Maßnahmen angenommen; „flywheel-cli push --accepted --out ORDNER“ schreibt ihre Dateien.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) dismissed; they return only when their evidence grows.</source>
        <translation>
            <numerusform>%n Maßnahme verworfen; sie kehrt nur zurück, wenn ihre Belege zunehmen.</numerusform>
            <numerusform>%n Maßnahmen verworfen; sie kehren nur zurück, wenn ihre Belege zunehmen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the actions to accept: flywheel-cli --db STORE accept ID [ID...].</source>
        <translation>Nennen Sie die anzunehmenden Maßnahmen: flywheel-cli --db SHOP accept ID [ID...].</translation>
    </message>
    <message>
        <source>Name the actions to dismiss: flywheel-cli --db STORE dismiss ID [ID...].</source>
        <translation>Nennen Sie die zu verwerfenden Maßnahmen: flywheel-cli --db SHOP dismiss ID [ID...].</translation>
    </message>
    <message>
        <source>Nothing pushed yet: accept actions and push them; the next imports measure what they did.</source>
        <translation>Noch nichts übergeben: Nehmen Sie Maßnahmen an und übergeben Sie sie; die nächsten Importe messen, was sie bewirkt haben.</translation>
    </message>
</context>
<context>
    <name>MerchandisingActions</name>
    <message>
        <source>%1× since the week of %2 (%3, %4 sure, against the %5)</source>
        <translation>auf das %1-Fache seit der Woche vom %2 (%3, zu %4 sicher; Vergleichsbasis: %5)</translation>
    </message>
    <message>
        <source>Its stock is not known: check it can meet the demand before featuring it.</source>
        <translation>Sein Bestand ist unbekannt: Prüfen Sie vor dem Hervorheben, ob er die Nachfrage decken kann.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock.</source>
        <translation>
            <numerusform>%n Stück vorrätig.</numerusform>
            <numerusform>%n Stück vorrätig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock, about %1 weeks of cover.</source>
        <translation>
            <numerusform>%n Stück vorrätig, Reichweite etwa %1 Wochen.</numerusform>
            <numerusform>%n Stück vorrätig, Reichweite etwa %1 Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its first %1 products are out of stock, nearly out or not on sale; they move down.</source>
        <translation>
            <numerusform>%n der ersten %1 Produkte ist nicht vorrätig, fast ausverkauft oder nicht im Verkauf; es rückt nach unten.</numerusform>
            <numerusform>%n der ersten %1 Produkte sind nicht vorrätig, fast ausverkauft oder nicht im Verkauf; sie rücken nach unten.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from #%2 to #%3</source>
        <translation>%1 von #%2 auf #%3</translation>
    </message>
    <message>
        <source>Trending products move up: %1.</source>
        <translation>Gefragte Produkte rücken nach oben: %1.</translation>
    </message>
    <message>
        <source>First in the suggested order: %1.</source>
        <translation>Vorne in der vorgeschlagenen Reihenfolge: %1.</translation>
    </message>
    <message>
        <source>Weighted by where shoppers look, the current first %1 places hold %2 of what the suggested ones would (demand from sales and searches, trend, conversion and margin; stock first).</source>
        <translation>Gewichtet danach, wohin Kunden schauen, bringen die ersten %1 Plätze derzeit %2 dessen, was die vorgeschlagenen bringen würden (Nachfrage aus Verkäufen und Suchen, Trend, Konversion und Marge; Bestand zuerst).</translation>
    </message>
    <message>
        <source>The collections export gave no positions, so the current order is not known.</source>
        <translation>Der Kollektionsexport enthielt keine Positionen, daher ist die aktuelle Reihenfolge unbekannt.</translation>
    </message>
    <message>
        <source>Reorder the collection “%1”</source>
        <translation>Kollektion „%1“ neu ordnen</translation>
    </message>
    <message>
        <source>More of the collection&apos;s visitors see products that sell, are in stock and earn a margin first; its sales per visit should rise.</source>
        <translation>Mehr Besucher der Kollektion sehen zuerst Produkte, die sich verkaufen, vorrätig sind und Marge bringen; ihr Umsatz pro Besuch sollte steigen.</translation>
    </message>
    <message>
        <source>Feature “%1”: searches for “%2” are up %3×</source>
        <translation>„%1“ hervorheben: Suchen nach „%2“ auf das %3-Fache gestiegen</translation>
    </message>
    <message>
        <source>Searches for “%1”, whose first results show it, are up %2.</source>
        <translation>Die Suchen nach „%1“, deren erste Treffer es zeigen, stiegen %2.</translation>
    </message>
    <message>
        <source>Feature “%1”: sales are up %2×</source>
        <translation>„%1“ hervorheben: Absatz auf das %2-Fache gestiegen</translation>
    </message>
    <message>
        <source>Its sales are up %1.</source>
        <translation>Der Absatz stieg %1.</translation>
    </message>
    <message>
        <source>Put it in the home-page banner, first in its collections and in the next email. The push adds the tag “trending” to it in a product file, for themes and email tools that pick products by tag.</source>
        <translation>Zeigen Sie es im Banner der Startseite, ganz vorne in seinen Kollektionen und im nächsten Newsletter. Beim Übergeben erhält es in einer Produktdatei das Schlagwort „trending“, für Themes und E-Mail-Tools, die Produkte nach Schlagwort auswählen.</translation>
    </message>
    <message>
        <source>Shoppers looking for it find it first while the demand lasts; its sales should keep pace with the searches.</source>
        <translation>Kunden, die danach suchen, finden es zuerst, solange die Nachfrage anhält; sein Absatz sollte mit den Suchen Schritt halten.</translation>
    </message>
</context>
<context>
    <name>MerchandisingPush</name>
    <message>
        <source>%1: the latest run no longer ranks this collection (it was removed or emptied); left out.</source>
        <translation>%1: Der letzte Lauf ordnet diese Kollektion nicht mehr (sie wurde entfernt oder geleert); ausgelassen.</translation>
    </message>
    <message>
        <source>“%1” was left out: the latest run no longer finds it trending, or finds it out of stock or nearly so. It stays accepted.</source>
        <translation>„%1“ wurde ausgelassen: Der letzte Lauf sieht es nicht mehr im Trend oder findet es (fast) ausverkauft. Die Maßnahme bleibt angenommen.</translation>
    </message>
    <message>
        <source>“%1” was left out: Flywheel writes product files for Shopify and WooCommerce; this product came from %2.</source>
        <translation>„%1“ wurde ausgelassen: Flywheel schreibt Produktdateien für Shopify und WooCommerce; dieses Produkt stammt aus %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1: WooCommerce orders a category by each product&apos;s menu order; set it from the positions in the collection-order file.</source>
        <translation>%1: WooCommerce sortiert eine Kategorie nach der Menü-Reihenfolge der Produkte; stellen Sie diese anhand der Positionen in der collection-order-Datei ein.</translation>
    </message>
</context>
<context>
    <name>MerchandisingStage</name>
    <message>
        <source>The site-search reports have no dates, so searches cannot show a trend: import a report with a date on each row.</source>
        <translation>Die Berichte der Shopsuche haben kein Datum, daher können Suchen keinen Trend zeigen: Importieren Sie einen Bericht mit einem Datum in jeder Zeile.</translation>
    </message>
    <message>
        <source>No site-search report yet, so trends come from sales alone: import a search-terms report to see trending searches.</source>
        <translation>Noch kein Bericht der Shopsuche, daher stammen die Trends nur aus den Verkäufen: Importieren Sie einen Suchbegriffsbericht, um gefragte Suchen zu sehen.</translation>
    </message>
    <message>
        <source>No orders yet: import an orders export to see what sells.</source>
        <translation>Noch keine Bestellungen: Importieren Sie einen Bestellexport, um zu sehen, was sich verkauft.</translation>
    </message>
    <message>
        <source>No collections yet: import a collections list (or WooCommerce products, whose categories are collections) to get suggested orders.</source>
        <translation>Noch keine Kollektionen: Importieren Sie eine Kollektionsliste (oder WooCommerce-Produkte, deren Kategorien als Kollektionen gelten), um Vorschläge für die Reihenfolge zu erhalten.</translation>
    </message>
    <message>
        <source>No stock levels: import an inventory export, so that nothing out of stock is put first.</source>
        <translation>Keine Bestandsmengen: Importieren Sie einen Bestandsexport, damit nichts Ausverkauftes nach vorne gestellt wird.</translation>
    </message>
    <message>
        <source>first-10 collection places out of stock or nearly (%)</source>
        <translation>Top-10-Plätze der Kollektionen, die (fast) ausverkauft sind (%)</translation>
    </message>
    <message>
        <source>%1 searches and %2 products trending up; %3 of %4 collections worth reordering; %5 products to feature.</source>
        <translation>%1 Suchen und %2 Produkte im Aufwärtstrend; bei %3 von %4 Kollektionen lohnt sich eine neue Reihenfolge; %5 Produkte zum Hervorheben.</translation>
    </message>
    <message numerus="yes">
        <source>%n trending product(s)</source>
        <translation>
            <numerusform>%n Produkt im Trend</numerusform>
            <numerusform>%n Produkte im Trend</numerusform>
        </translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Merchandising</translation>
    </message>
</context>
<context>
    <name>NaiveForecast</name>
    <message>
        <source>There is no history to repeat.</source>
        <translation>Es gibt keine Historie, die wiederholt werden könnte.</translation>
    </message>
    <message numerus="yes">
        <source>Repeating the last season needs one full season (%n period(s)).</source>
        <translation>
            <numerusform>Um die letzte Saison zu wiederholen, braucht es eine volle Saison (%n Periode).</numerusform>
            <numerusform>Um die letzte Saison zu wiederholen, braucht es eine volle Saison (%n Perioden).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>%1 days after %2 against the %1 days before</source>
        <translation>%1 Tage nach dem %2 gegenüber den %1 Tagen davor</translation>
    </message>
    <message>
        <source>No clear change yet: the range still includes none.</source>
        <translation>Noch keine klare Veränderung: Der Bereich schließt null noch ein.</translation>
    </message>
    <message>
        <source>It worked.</source>
        <translation>Es hat gewirkt.</translation>
    </message>
    <message>
        <source>It went the wrong way.</source>
        <translation>Es ging in die falsche Richtung.</translation>
    </message>
    <message>
        <source>Tickets per 100 orders</source>
        <translation>Tickets je 100 Bestellungen</translation>
    </message>
    <message>
        <source>Negative tickets</source>
        <translation>Negative Tickets</translation>
    </message>
    <message>
        <source>Catalog completeness</source>
        <translation>Vollständigkeit des Katalogs</translation>
    </message>
    <message>
        <source>Searches finding nothing</source>
        <translation>Suchen ohne Treffer</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Prognosefehler</translation>
    </message>
    <message>
        <source>Overstock value</source>
        <translation>Wert des Überbestands</translation>
    </message>
    <message>
        <source>Promotion margin gained</source>
        <translation>Durch Aktionen gewonnene Marge</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>amount and currency code</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Tickets about it per 100 orders</source>
        <translation>Tickets dazu je 100 Bestellungen</translation>
    </message>
    <message>
        <source>Share of its searches finding nothing</source>
        <translation>Anteil seiner Suchen ohne Treffer</translation>
    </message>
    <message>
        <source>Clicks per 100 searches</source>
        <translation>Klicks je 100 Suchen</translation>
    </message>
    <message>
        <source>Units sold against the forecast</source>
        <translation>Verkaufte Stück gegenüber der Prognose</translation>
    </message>
    <message>
        <source>Buyers in the audience against the held-back group</source>
        <translation>Käufer in der Zielgruppe gegenüber der Kontrollgruppe</translation>
    </message>
    <message>
        <source>Units sold against the rest of the store</source>
        <translation>Verkaufte Stück gegenüber dem übrigen Shop</translation>
    </message>
    <message>
        <source>Measured once the history reaches %1 (%2 days after it was pushed).</source>
        <translation>Wird gemessen, sobald die Historie den %1 erreicht (%2 Tage nach dem Übergeben).</translation>
    </message>
    <message>
        <source>95% range %1 to %2</source>
        <translation>95-%-Bereich: %1 bis %2</translation>
    </message>
    <message>
        <source>Too little data yet: fewer than 3 tickets in %1.</source>
        <translation>Noch zu wenige Daten: weniger als 3 Tickets (%1).</translation>
    </message>
    <message>
        <source>%1 → %2 tickets per 100 orders, %3 days after %4 against the days before (%5). %6</source>
        <translation>%1 → %2 Tickets je 100 Bestellungen, %3 Tage nach dem %4 gegenüber den Tagen davor (%5). %6</translation>
    </message>
    <message>
        <source>Too little data yet: nobody searched for it in %1.</source>
        <translation>Noch zu wenige Daten: Niemand hat danach gesucht (%1).</translation>
    </message>
    <message>
        <source>%1% → %2% of its searches found nothing</source>
        <translation>%1&#xa0;% → %2&#xa0;% seiner Suchen fanden nichts</translation>
    </message>
    <message>
        <source>%1 → %2 clicks per 100 searches</source>
        <translation>%1 → %2 Klicks je 100 Suchen</translation>
    </message>
    <message>
        <source>%1 in %2 (%3). %4</source>
        <translation>%1, %2 (%3). %4</translation>
    </message>
    <message>
        <source>Sold %1 units in the %2 days after the reorder; no forecast was kept to compare.</source>
        <translation>In den %2 Tagen nach der Nachbestellung %1 Stück verkauft; es wurde keine Prognose zum Vergleich gespeichert.</translation>
    </message>
    <message>
        <source>Sold %1 units in the %2 days after the reorder against %3 forecast (error %4%; the forecast allowed %5% to %6%). %7</source>
        <translation>In den %2 Tagen nach der Nachbestellung %1 Stück verkauft, prognostiziert waren %3 (Abweichung %4&#xa0;%; die Prognose ließ %5&#xa0;% bis %6&#xa0;% zu). %7</translation>
    </message>
    <message>
        <source>The forecast held.</source>
        <translation>Die Prognose lag richtig.</translation>
    </message>
    <message>
        <source>The forecast missed.</source>
        <translation>Die Prognose lag daneben.</translation>
    </message>
    <message>
        <source>No held-back group to compare with, so the effect cannot be told.</source>
        <translation>Keine Kontrollgruppe zum Vergleich, daher lässt sich die Wirkung nicht bestimmen.</translation>
    </message>
    <message>
        <source>%1% of the audience bought it in the %2 days after %3, against %4% of the held-back group: %5 points (%6). %7</source>
        <translation>%1&#xa0;% der Zielgruppe haben es in den %2 Tagen nach dem %3 gekauft, gegenüber %4&#xa0;% der Kontrollgruppe: %5 Prozentpunkte (%6). %7</translation>
    </message>
    <message>
        <source>%1 → %2 units, %3% against the rest of the store, in %4 (%5). %6</source>
        <translation>%1 → %2 Stück, %3&#xa0;% gegenüber dem übrigen Shop, %4 (%5). %6</translation>
    </message>
</context>
<context>
    <name>OutcomesStage</name>
    <message>
        <source>No orders yet: import an orders export to follow the wheel&apos;s figures.</source>
        <translation>Noch keine Bestellungen: Importieren Sie einen Bestellexport, um die Kennzahlen des Kreislaufs zu verfolgen.</translation>
    </message>
    <message>
        <source>measured actions that clearly worked (%)</source>
        <translation>gemessene Maßnahmen mit klarer Wirkung (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) measured this run (%1 clearly worked); %2 waiting for their window to pass. History up to %3.</source>
        <translation>
            <numerusform>%n Maßnahme in diesem Lauf gemessen (mit klarer Wirkung: %1); noch im Messzeitraum: %2. Historie bis %3.</numerusform>
            <numerusform>%n Maßnahmen in diesem Lauf gemessen (mit klarer Wirkung: %1); noch im Messzeitraum: %2. Historie bis %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of momentum</source>
        <translation>
            <numerusform>%n Kennzahl zur Entwicklung</numerusform>
            <numerusform>%n Kennzahlen zur Entwicklung</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The stages depend on each other in a circle at &quot;%1&quot;.</source>
        <translation>Die Stufen hängen bei „%1“ im Kreis voneinander ab.</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; needs stage &quot;%2&quot;, which does not exist.</source>
        <translation>Die Stufe „%1“ braucht die Stufe „%2“, die es nicht gibt.</translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot;. The stages are: %2.</source>
        <translation>Es gibt keine Stufe „%1“. Die Stufen sind: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
</context>
<context>
    <name>PriceResponse</name>
    <message>
        <source>It has not sold in the weeks read, so there is nothing to measure; its category&apos;s response is used.</source>
        <translation>Das Produkt wurde in den gelesenen Wochen nicht verkauft, daher gibt es nichts zu messen; die Preisreaktion seiner Kategorie wird verwendet.</translation>
    </message>
    <message>
        <source>It has sold in too few weeks to measure how price moves its sales; its category&apos;s response is used until more weeks are in.</source>
        <translation>Das Produkt wurde in zu wenigen Wochen verkauft, um zu messen, wie der Preis seinen Absatz bewegt; bis mehr Wochen vorliegen, wird die Preisreaktion seiner Kategorie verwendet.</translation>
    </message>
    <message>
        <source>Its price never changed, so how buyers respond to price cannot be seen in its own sales; its category&apos;s response is used. A short, measured discount would show it.</source>
        <translation>Sein Preis hat sich nie geändert, daher lässt sich an seinen eigenen Verkäufen nicht ablesen, wie Käufer auf den Preis reagieren; die Preisreaktion seiner Kategorie wird verwendet. Ein kurzer, gemessener Rabatt würde es zeigen.</translation>
    </message>
    <message>
        <source>Its price only changed together with something else (a promotion, the season), so the effect of price cannot be separated; its category&apos;s response is used.</source>
        <translation>Sein Preis hat sich nur zusammen mit etwas anderem geändert (einer Aktion, der Saison), daher lässt sich die Wirkung des Preises nicht herauslösen; die Preisreaktion seiner Kategorie wird verwendet.</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Nearly out</source>
        <translation>Fast ausverkauft</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Stock not known</source>
        <translation>Bestand unbekannt</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Nicht im Verkauf</translation>
    </message>
</context>
<context>
    <name>PromotionActions</name>
    <message numerus="yes">
        <source>Reaches %n customer(s); the effect cannot be forecast until customers have bought more than once. The control group will show it.</source>
        <translation>
            <numerusform>Erreicht %n Kunden; die Wirkung lässt sich erst vorhersagen, wenn Kunden mehr als einmal gekauft haben. Die Kontrollgruppe wird sie zeigen.</numerusform>
            <numerusform>Erreicht %n Kunden; die Wirkung lässt sich erst vorhersagen, wenn Kunden mehr als einmal gekauft haben. Die Kontrollgruppe wird sie zeigen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 extra units from %n customer(s) (%2 in revenue</source>
        <translation>
            <numerusform>Etwa %1 zusätzliche Stück von %n Kunden (%2 Umsatz</numerusform>
            <numerusform>Etwa %1 zusätzliche Stück von %n Kunden (%2 Umsatz</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 in margin</source>
        <translation>, %1 Marge</translation>
    </message>
    <message>
        <source>; %1 less spent keeping stock</source>
        <translation>; %1 weniger Lagerkosten</translation>
    </message>
    <message>
        <source>This counts only the lower price&apos;s pull on what they would buy anyway; the control group shows what the email adds.</source>
        <translation>Das berücksichtigt nur die Zugkraft des niedrigeren Preises auf das, was sie ohnehin kaufen würden; die Kontrollgruppe zeigt, was die E-Mail zusätzlich bringt.</translation>
    </message>
    <message>
        <source>%1 % off for %2 to %3, with a code of their own for each customer; %4.</source>
        <translation>%1&#xa0;% Rabatt vom %2 bis %3, mit einem eigenen Code für jeden Kunden; %4.</translation>
    </message>
    <message>
        <source>A deeper discount would go below the lowest margin.</source>
        <translation>Ein höherer Rabatt würde die Mindestmarge unterschreiten.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of the audience, chosen at random, are held back to measure the effect.</source>
        <translation>
            <numerusform>%n zufällig ausgewählter Kunde der Zielgruppe wird als Kontrollgruppe zurückgehalten, um die Wirkung zu messen.</numerusform>
            <numerusform>%n zufällig ausgewählte Kunden der Zielgruppe werden als Kontrollgruppe zurückgehalten, um die Wirkung zu messen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is too small to hold anyone back, so the effect can only be compared with the weeks before.</source>
        <translation>Die Zielgruppe ist zu klein, um jemanden zurückzuhalten; die Wirkung lässt sich daher nur mit den Wochen davor vergleichen.</translation>
    </message>
    <message numerus="yes">
        <source>Promote %1: %2 % off for %n customer(s)</source>
        <translation>
            <numerusform>Aktion für %1: %2&#xa0;% Rabatt für %n Kunden</numerusform>
            <numerusform>Aktion für %1: %2&#xa0;% Rabatt für %n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionEmail</name>
    <message>
        <source>The season is nearly over, and so is this offer.</source>
        <translation>Die Saison geht zu Ende – und dieses Angebot auch.</translation>
    </message>
    <message>
        <source>This is one of our most wanted products right now.</source>
        <translation>Das ist gerade eines unserer gefragtesten Produkte.</translation>
    </message>
    <message>
        <source>We picked this for you, because you have liked similar things.</source>
        <translation>Wir haben das für Sie ausgesucht, weil Ihnen Ähnliches gefallen hat.</translation>
    </message>
    <message>
        <source>%1 % off %2, just for you</source>
        <translation>%1&#xa0;% Rabatt auf %2 – nur für Sie</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hallo,</translation>
    </message>
    <message>
        <source>Take %1 % off %2 with your personal code [Discount Code], valid until %3.</source>
        <translation>Sparen Sie %1&#xa0;% auf %2 mit Ihrem persönlichen Code [Discount Code], gültig bis %3.</translation>
    </message>
    <message>
        <source>The code works once and only for you.</source>
        <translation>Der Code gilt einmal und nur für Sie.</translation>
    </message>
    <message>
        <source>See you soon,</source>
        <translation>Bis bald,</translation>
    </message>
</context>
<context>
    <name>PromotionPlanner</name>
    <message>
        <source>elasticity %1 from this product&apos;s own price changes</source>
        <translation>Elastizität %1 aus den eigenen Preisänderungen dieses Produkts</translation>
    </message>
    <message>
        <source>elasticity %1 borrowed from its product type: %2</source>
        <translation>Elastizität %1 von seinem Produkttyp übernommen: %2</translation>
    </message>
    <message>
        <source>elasticity %1 of its product type; this product has no priced sales of its own</source>
        <translation>Elastizität %1 seines Produkttyps; dieses Produkt hat keine eigenen Verkäufe mit Preisangabe</translation>
    </message>
    <message>
        <source>elasticity %1, the usual value for retail products: the store&apos;s sales show no price changes to learn from yet</source>
        <translation>Elastizität %1, der übliche Wert für Handelsprodukte: Die Verkäufe des Shops zeigen noch keine Preisänderungen, aus denen sich lernen ließe</translation>
    </message>
    <message>
        <source>%1: no customer who can be emailed has bought yet.</source>
        <translation>%1: Bisher hat kein per E-Mail erreichbarer Kunde gekauft.</translation>
    </message>
    <message>
        <source>%1: even 10 % off would take it below the lowest margin (%2 %).</source>
        <translation>%1: Schon 10&#xa0;% Rabatt würden die Mindestmarge (%2&#xa0;%) unterschreiten.</translation>
    </message>
</context>
<context>
    <name>PromotionPush</name>
    <message>
        <source>Could not write %1. Check that the folder is writable and the disk is not full.</source>
        <translation>%1 konnte nicht geschrieben werden. Prüfen Sie, ob der Ordner beschreibbar und der Datenträger nicht voll ist.</translation>
    </message>
    <message>
        <source>%1: no customer of its audience has an email address; left out.</source>
        <translation>%1: Kein Kunde der Zielgruppe hat eine E-Mail-Adresse; ausgelassen.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) get a code; %2 held back as the control group are kept in the store and get nothing.</source>
        <translation>
            <numerusform>%1: %n Kunde erhält einen Code; %2 als Kontrollgruppe zurückgehaltene Kunden bleiben im Shop gespeichert und erhalten nichts.</numerusform>
            <numerusform>%1: %n Kunden erhalten einen Code; %2 als Kontrollgruppe zurückgehaltene Kunden bleiben im Shop gespeichert und erhalten nichts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) without an email address left out.</source>
        <translation>
            <numerusform>%1: %n Kunde ohne E-Mail-Adresse ausgelassen.</numerusform>
            <numerusform>%1: %n Kunden ohne E-Mail-Adresse ausgelassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionTriggers</name>
    <message>
        <source>Overstock</source>
        <translation>Überbestand</translation>
    </message>
    <message>
        <source>Season ending</source>
        <translation>Saisonende</translation>
    </message>
    <message>
        <source>Trending, with stock to spare</source>
        <translation>Gefragt, mit reichlich Bestand</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Langsamdreher</translation>
    </message>
    <message>
        <source>%1 in stock is %2 weeks of sales; %3 of them are more than the overstock threshold (%4 tied up).</source>
        <translation>%1 Stück auf Lager reichen für %2 Wochen Verkauf; %3 davon liegen über der Überbestandsgrenze (%4 gebunden).</translation>
    </message>
    <message>
        <source>Demand is forecast to fall from %1 in the next 4 weeks to %2 in weeks 9 to 12; %3 in stock is more than the %4 expected to sell in 12 weeks.</source>
        <translation>Laut Prognose fällt die Nachfrage von %1 in den nächsten 4 Wochen auf %2 in den Wochen 9 bis 12; %3 Stück auf Lager sind mehr als die %4, die in 12 Wochen voraussichtlich verkauft werden.</translation>
    </message>
    <message>
        <source>Sold %1 in the last 4 weeks, %2× its pace of the 12 weeks before; %3 in stock is more than %4 weeks even at the new pace.</source>
        <translation>%1 Stück in den letzten 4 Wochen verkauft, %2× das Tempo der 12 Wochen davor; %3 Stück auf Lager reichen selbst beim neuen Tempo für mehr als %4 Wochen.</translation>
    </message>
    <message>
        <source>%1 in stock and no sales expected.</source>
        <translation>%1 Stück auf Lager und keine Verkäufe erwartet.</translation>
    </message>
    <message>
        <source>%1 in stock is %2 weeks of sales, and the oldest unit has waited %3 days.</source>
        <translation>%1 Stück auf Lager reichen für %2 Wochen Verkauf, und die älteste Einheit liegt seit %3 Tagen.</translation>
    </message>
    <message>
        <source>Sold %1 in the last 4 weeks after none in the 12 weeks before; %2 in stock is more than %3 weeks even at the new pace.</source>
        <translation>%1 Stück in den letzten 4 Wochen verkauft, nach keinem in den 12 Wochen davor; %2 Stück auf Lager reichen selbst beim neuen Tempo für mehr als %3 Wochen.</translation>
    </message>
    <message>
        <source>Trending at %1× its seasonal baseline; %2 in stock is more than %3 weeks even at that pace.</source>
        <translation>Im Trend mit dem %1-Fachen seiner saisonalen Vergleichsbasis; %2 Stück auf Lager reichen selbst bei diesem Tempo für mehr als %3 Wochen.</translation>
    </message>
    <message>
        <source>Searches for “%1” are at %2× their seasonal baseline; %3 in stock is more than %4 weeks even at that pace.</source>
        <translation>Suchen nach „%1“ liegen beim %2-Fachen ihrer saisonalen Vergleichsbasis; %3 Stück auf Lager reichen selbst bei diesem Tempo für mehr als %4 Wochen.</translation>
    </message>
</context>
<context>
    <name>PromotionsStage</name>
    <message numerus="yes">
        <source>%n customer(s) scored, %1 of them repeat buyers; %2 promotion(s) suggested.</source>
        <translation>
            <numerusform>%n Kunde bewertet, davon %1 Wiederkäufer; vorgeschlagene Aktionen: %2.</numerusform>
            <numerusform>%n Kunden bewertet, davon %1 Wiederkäufer; vorgeschlagene Aktionen: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more product(s) with surplus stock wait until these are done (the %1 with the most money in surplus come first).</source>
        <translation>
            <numerusform>%n weiteres Produkt mit überschüssigem Bestand wartet, bis diese Aktionen abgeschlossen sind (die %1 mit dem meisten im Überschuss gebundenen Geld kommen zuerst).</numerusform>
            <numerusform>%n weitere Produkte mit überschüssigem Bestand warten, bis diese Aktionen abgeschlossen sind (die %1 mit dem meisten im Überschuss gebundenen Geld kommen zuerst).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be promoted: %1</source>
        <translation>
            <numerusform>Für %n Produkt war keine Aktion möglich: %1</numerusform>
            <numerusform>Für %n Produkte war keine Aktion möglich: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>surplus units the suggested promotions should move (%)</source>
        <translation>überschüssige Stück, die die vorgeschlagenen Aktionen abverkaufen sollen (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) with a control group</source>
        <translation>
            <numerusform>%n Aktion mit Kontrollgruppe</numerusform>
            <numerusform>%n Aktionen mit Kontrollgruppe</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Aktionen</translation>
    </message>
</context>
<context>
    <name>PurchaseModel</name>
    <message>
        <source>A customer&apos;s purchase summary is impossible (%1 repeat purchases, the last %2 weeks and the first %3 weeks after the first purchase); the order history needs to be read again.</source>
        <translation>Die Kaufübersicht eines Kunden ist unmöglich (%1 Wiederholungskäufe, letzter Kauf %2 Wochen und Ende des Zeitraums %3 Wochen nach dem ersten Kauf); der Bestellverlauf muss neu eingelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have ordered so far, too few to estimate how often customers come back and how many stop buying; the estimates appear once at least %1 customers have ordered.</source>
        <translation>
            <numerusform>Bisher hat %n Kunde bestellt, zu wenige, um zu schätzen, wie oft Kunden wiederkommen und wie viele nicht mehr kaufen; die Schätzungen erscheinen, sobald mindestens %1 Kunden bestellt haben.</numerusform>
            <numerusform>Bisher haben %n Kunden bestellt, zu wenige, um zu schätzen, wie oft Kunden wiederkommen und wie viele nicht mehr kaufen; die Schätzungen erscheinen, sobald mindestens %1 Kunden bestellt haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has bought twice yet, so how often customers come back and how many stop buying cannot be estimated; the estimates appear once customers order again (import a longer order history if the store has one).</source>
        <translation>Noch hat kein Kunde zweimal gekauft, daher lässt sich nicht schätzen, wie oft Kunden wiederkommen und wie viele nicht mehr kaufen; die Schätzungen erscheinen, sobald Kunden erneut bestellen (importieren Sie einen längeren Bestellverlauf, falls der Shop einen hat).</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <source>The files were written, but the list of pushes %1 could not be updated (%2). Check that you may write to the folder.</source>
        <translation>Die Dateien wurden geschrieben, aber die Liste der Übergaben %1 konnte nicht aktualisiert werden (%2). Prüfen Sie, ob Sie in den Ordner schreiben dürfen.</translation>
    </message>
    <message>
        <source>There is no action %1; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>Es gibt keine Maßnahme %1; „flywheel-cli actions“ listet sie auf.</translation>
    </message>
    <message>
        <source>Action %1 is %2, so there is nothing to push; only new or accepted actions can be pushed.</source>
        <translation>Die Maßnahme %1 hat den Status %2, daher gibt es nichts zu übergeben; nur neue oder angenommene Maßnahmen können übergeben werden.</translation>
    </message>
</context>
<context>
    <name>PushCommands</name>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed, %1 products; import the file in your store&apos;s admin (Products › Import, with “overwrite existing products”).</source>
        <translation>
            <numerusform>%n Maßnahme übergeben, %1 Produkte; importieren Sie die Datei in der Verwaltung Ihres Shops (Produkte › Importieren, mit „vorhandene Produkte überschreiben“).</numerusform>
            <numerusform>%n Maßnahmen übergeben, %1 Produkte; importieren Sie die Datei in der Verwaltung Ihres Shops (Produkte › Importieren, mit „vorhandene Produkte überschreiben“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Enter each line of the synonyms file as a synonym group in Shopify Search &amp; Discovery (Synonyms), and import the redirects file in Online Store › Navigation › URL redirects.</source>
        <translation>
            <numerusform>%n Maßnahme übergeben. Tragen Sie jede Zeile der Synonymdatei als Synonymgruppe in Shopify Search &amp; Discovery (Synonyme) ein und importieren Sie die Weiterleitungsdatei unter Onlineshop › Navigation › URL-Weiterleitungen.</numerusform>
            <numerusform>%n Maßnahmen übergeben. Tragen Sie jede Zeile der Synonymdatei als Synonymgruppe in Shopify Search &amp; Discovery (Synonyme) ein und importieren Sie die Weiterleitungsdatei unter Onlineshop › Navigation › URL-Weiterleitungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) pushed as %1 purchase order(s); send each file to its supplier.</source>
        <translation>
            <numerusform>%n Nachbestellung als %1 Bestellung übergeben; senden Sie die Datei an ihren Lieferanten.</numerusform>
            <numerusform>%n Nachbestellungen übergeben (Bestellungen: %1); senden Sie jede Datei an ihren Lieferanten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Import the matrixify-custom-collections file with Matrixify (Shopify) or set each collection&apos;s order from its collection-order file, and import the merchandising product file (Products › Import, with “overwrite existing products”) to tag the featured products “trending”.</source>
        <translation>
            <numerusform>%n Maßnahme übergeben. Importieren Sie die Datei matrixify-custom-collections mit Matrixify (Shopify) oder stellen Sie die Reihenfolge jeder Kollektion anhand ihrer collection-order-Datei ein, und importieren Sie die merchandising-Produktdatei (Produkte › Importieren, mit „vorhandene Produkte überschreiben“), um die hervorgehobenen Produkte mit dem Schlagwort „trending“ zu versehen.</numerusform>
            <numerusform>%n Maßnahmen übergeben. Importieren Sie die Datei matrixify-custom-collections mit Matrixify (Shopify) oder stellen Sie die Reihenfolge jeder Kollektion anhand ihrer collection-order-Datei ein, und importieren Sie die merchandising-Produktdatei (Produkte › Importieren, mit „vorhandene Produkte überschreiben“), um die hervorgehobenen Produkte mit dem Schlagwort „trending“ zu versehen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) pushed. Import each discounts file with Matrixify (Shopify) or the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- file as the email audience, and send the email draft with each customer&apos;s Discount Code. The held-back control groups stay in the store.</source>
        <translation>
            <numerusform>%n Aktion übergeben. Importieren Sie jede discounts-Datei mit Matrixify (Shopify) oder die promotion-codes-Datei mit Ihrem Gutschein-Import, die klaviyo- oder mailchimp-Datei als E-Mail-Zielgruppe, und versenden Sie den E-Mail-Entwurf mit dem Discount Code jedes Kunden. Die zurückgehaltenen Kontrollgruppen bleiben im Shop gespeichert.</numerusform>
            <numerusform>%n Aktionen übergeben. Importieren Sie jede discounts-Datei mit Matrixify (Shopify) oder die promotion-codes-Datei mit Ihrem Gutschein-Import, die klaviyo- oder mailchimp-Datei als E-Mail-Zielgruppe, und versenden Sie den E-Mail-Entwurf mit dem Discount Code jedes Kunden. Die zurückgehaltenen Kontrollgruppen bleiben im Shop gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action id; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>„%1“ ist keine Maßnahmen-ID; „flywheel-cli actions“ listet sie auf.</translation>
    </message>
    <message>
        <source>Say which actions to write: push ID... (these actions), push --accepted (every accepted action) or push --stage content|search|merchandising|inventory|promotions (that stage&apos;s accepted actions), with --out DIR.</source>
        <translation>Geben Sie an, welche Maßnahmen geschrieben werden sollen: push ID... (diese Maßnahmen), push --accepted (alle angenommenen Maßnahmen) oder push --stage content|search|merchandising|inventory|promotions (die angenommenen Maßnahmen dieser Stufe), jeweils mit --out ORDNER.</translation>
    </message>
    <message>
        <source>Nothing to push: accept actions first (flywheel-cli actions lists them, flywheel-cli accept ID accepts one).</source>
        <translation>Nichts zu übergeben: Nehmen Sie zuerst Maßnahmen an (flywheel-cli actions listet sie auf, flywheel-cli accept ID nimmt eine an).</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. %1 lists each file and the action behind it. Push one stage at a time (push --stage) to be told where each stage&apos;s files are imported.</source>
        <translation>
            <numerusform>%n Maßnahme übergeben. %1 listet jede Datei und die Maßnahme dahinter auf. Übergeben Sie jeweils nur eine Stufe (push --stage), um zu erfahren, wo die Dateien jeder Stufe importiert werden.</numerusform>
            <numerusform>%n Maßnahmen übergeben. %1 listet jede Datei und die Maßnahme dahinter auf. Übergeben Sie jeweils nur eine Stufe (push --stage), um zu erfahren, wo die Dateien jeder Stufe importiert werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushFolder</name>
    <message numerus="yes">
        <source>%n file(s) written into %1:</source>
        <translation>
            <numerusform>%n Datei nach %1 geschrieben:</numerusform>
            <numerusform>%n Dateien nach %1 geschrieben:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryReading</name>
    <message>
        <source>“%1” read as “%2”, a typo</source>
        <translation>„%1“ als „%2“ gelesen, ein Tippfehler</translation>
    </message>
    <message>
        <source>“%1” also finds its synonym “%2”</source>
        <translation>„%1“ findet auch sein Synonym „%2“</translation>
    </message>
    <message>
        <source>“%1” completed to “%2”</source>
        <translation>„%1“ zu „%2“ ergänzt</translation>
    </message>
    <message>
        <source>“%1” found as “%2”</source>
        <translation>„%1“ als „%2“ gefunden</translation>
    </message>
    <message>
        <source>No product matches every word; these match most of them.</source>
        <translation>Kein Produkt passt zu allen Wörtern; diese passen zu den meisten.</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Kein Produkt passt.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match.</source>
        <translation>
            <numerusform>%n Produkt passt.</numerusform>
            <numerusform>%n Produkte passen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more would match without the filters.</source>
        <translation>
            <numerusform>Ohne die Filter würde %n weiteres passen.</numerusform>
            <numerusform>Ohne die Filter würden %n weitere passen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only products whose %1 is “%2”</source>
        <translation>Nur Produkte, bei denen %1 „%2“ ist</translation>
    </message>
    <message>
        <source>Priced between %1 and %2</source>
        <translation>Preis zwischen %1 und %2</translation>
    </message>
    <message>
        <source>Priced at most %1</source>
        <translation>Preis höchstens %1</translation>
    </message>
    <message>
        <source>Priced at least %1</source>
        <translation>Preis mindestens %1</translation>
    </message>
    <message>
        <source>Nothing in your catalog is called “%1”.</source>
        <translation>Nichts in Ihrem Katalog heißt „%1“.</translation>
    </message>
</context>
<context>
    <name>ReadAheads</name>
    <message>
        <source>The analysis was cancelled; the previous results are kept.</source>
        <translation>Die Analyse wurde abgebrochen; die bisherigen Ergebnisse bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>&quot;%1&quot; is not an action status; use one of: %2.</source>
        <translation>„%1“ ist kein Status einer Maßnahme; verwenden Sie einen von: %2.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>Es gibt keine Maßnahme %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Name the report file: flywheel-cli --db STORE report --out FILE.html (a web page) or --out FILE.pdf.</source>
        <translation>Nennen Sie die Berichtsdatei: flywheel-cli --db SHOP report --out DATEI.html (eine Webseite) oder --out DATEI.pdf.</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>Judge.me reviews export</source>
        <translation>Judge.me-Bewertungsexport</translation>
    </message>
    <message>
        <source>Okendo reviews (import template)</source>
        <translation>Okendo-Bewertungen (Importvorlage)</translation>
    </message>
    <message>
        <source>Yotpo reviews export</source>
        <translation>Yotpo-Bewertungsexport</translation>
    </message>
    <message>
        <source>Shopify Product Reviews export</source>
        <translation>Shopify-Product-Reviews-Export</translation>
    </message>
    <message>
        <source>Reviews (product handle, sku, rating, title, body, date, email, name)</source>
        <translation>Bewertungen (Produkt-Handle, SKU, Bewertung, Titel, Text, Datum, E-Mail, Name)</translation>
    </message>
    <message>
        <source>the review has no rating</source>
        <translation>die Bewertung hat keine Sternezahl</translation>
    </message>
    <message>
        <source>the rating is %1; ratings go from 1 to 5 stars</source>
        <translation>die Bewertung lautet %1; Bewertungen gehen von 1 bis 5 Sternen</translation>
    </message>
    <message>
        <source>the review has no date</source>
        <translation>die Bewertung hat kein Datum</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1“ %2</translation>
    </message>
</context>
<context>
    <name>SalesFile</name>
    <message>
        <source>The sales file needs the columns date, sku and qty; &quot;%1&quot; is missing.</source>
        <translation>Die Verkaufsdatei braucht die Spalten date, sku und qty; „%1“ fehlt.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>keine Menge</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>keine SKU</translation>
    </message>
    <message>
        <source>%1 has no row with a readable date, SKU and quantity.</source>
        <translation>%1 hat keine Zeile mit lesbarem Datum, SKU und Menge.</translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>Could not create the folder %1 for saved column mappings. Check that the store&apos;s folder can be written to.</source>
        <translation>Der Ordner %1 für gespeicherte Spaltenzuordnungen konnte nicht angelegt werden. Prüfen Sie, ob in den Ordner des Shops geschrieben werden darf.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is a database of another program, not a Flywheel store; it was not changed. Open a Flywheel store, or give a new store a file name of its own.</source>
        <translation>%1 ist eine Datenbank eines anderen Programms, kein Flywheel-Shop; sie wurde nicht verändert. Öffnen Sie einen Flywheel-Shop oder geben Sie einem neuen Shop einen eigenen Dateinamen.</translation>
    </message>
    <message>
        <source>This store was saved by a newer version of Flywheel (store format %1; this version reads up to %2). Install the newer Flywheel to open it; the store was not changed.</source>
        <translation>Dieser Shop wurde von einer neueren Flywheel-Version gespeichert (Shop-Format %1; diese Version liest bis %2). Installieren Sie die neuere Flywheel-Version, um ihn zu öffnen; der Shop wurde nicht verändert.</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Add the synonym group “%1” to your store&apos;s search</source>
        <translation>Die Synonymgruppe „%1“ in die Suche Ihres Shops aufnehmen</translation>
    </message>
    <message>
        <source>“%1” is a misspelling of “%2”.</source>
        <translation>„%1“ ist eine falsche Schreibweise von „%2“.</translation>
    </message>
    <message>
        <source>Your catalog says “%2” where shoppers say “%1”.</source>
        <translation>Ihr Katalog sagt „%2“, wo Kunden „%1“ sagen.</translation>
    </message>
    <message numerus="yes">
        <source>Shoppers searched “%1” %n time(s) and found nothing. %2 With this group they find %3 products, e.g. %4.</source>
        <translation>
            <numerusform>%n Suche nach „%1“ fand nichts. %2 Mit dieser Gruppe finden Kunden %3 Produkte, z. B. %4.</numerusform>
            <numerusform>%n Suchen nach „%1“ fanden nichts. %2 Mit dieser Gruppe finden Kunden %3 Produkte, z. B. %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches for “%1” find your products</source>
        <translation>Suchen nach „%1“ finden Ihre Produkte</translation>
    </message>
    <message>
        <source>Searches for “%1” with no results, per 4 weeks</source>
        <translation>Suchen nach „%1“ ohne Treffer, je 4 Wochen</translation>
    </message>
    <message>
        <source>Send searches for “%1” to the collection “%2”</source>
        <translation>Suchen nach „%1“ zur Kollektion „%2“ weiterleiten</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” name a collection you have; a redirect shows the whole collection instead of a list of matches (/collections/%2).</source>
        <translation>
            <numerusform>%n Suche nach „%1“ nennt eine Kollektion, die Sie haben; eine Weiterleitung zeigt die ganze Kollektion statt einer Trefferliste (/collections/%2).</numerusform>
            <numerusform>%n Suchen nach „%1“ nennen eine Kollektion, die Sie haben; eine Weiterleitung zeigt die ganze Kollektion statt einer Trefferliste (/collections/%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>More of the searches for “%1” lead to a product page</source>
        <translation>Mehr Suchen nach „%1“ führen zu einer Produktseite</translation>
    </message>
    <message>
        <source>Clicks per search for “%1”</source>
        <translation>Klicks pro Suche nach „%1“</translation>
    </message>
    <message>
        <source>Shoppers look for “%1”, which you do not carry</source>
        <translation>Kunden suchen nach „%1“, das Sie nicht im Sortiment haben</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” found nothing, and no spelling or synonym finds a product of yours. Consider adding it to the range, or a page that points to what you have instead.</source>
        <translation>
            <numerusform>%n Suche nach „%1“ fand nichts, und keine andere Schreibweise und kein Synonym findet eines Ihrer Produkte. Erwägen Sie, es ins Sortiment aufzunehmen, oder legen Sie eine Seite an, die stattdessen auf Ihr Angebot verweist.</numerusform>
            <numerusform>%n Suchen nach „%1“ fanden nichts, und keine andere Schreibweise und kein Synonym findet eines Ihrer Produkte. Erwägen Sie, es ins Sortiment aufzunehmen, oder legen Sie eine Seite an, die stattdessen auf Ihr Angebot verweist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales from searches for “%1”</source>
        <translation>Umsatz aus Suchen nach „%1“</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Could not read the queries file %1 (%2). Check the path.</source>
        <translation>Die Datei mit Suchanfragen %1 konnte nicht gelesen werden (%2). Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <source>Give the words to search for, e.g. flywheel-cli --db STORE search rain jacket, or a file of queries with --batch FILE.</source>
        <translation>Geben Sie die Suchwörter an, z. B. flywheel-cli --db SHOP search rain jacket, oder mit --batch DATEI eine Datei mit Suchanfragen.</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;.</source>
        <translation>Kein Produkt passt zu „%1“.</translation>
    </message>
    <message>
        <source>No product matches every word of &quot;%1&quot;; the closest:</source>
        <translation>Kein Produkt passt zu allen Wörtern von „%1“; die nächsten Treffer:</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n Produkt passt zu „%1“:</numerusform>
            <numerusform>%n Produkte passen zu „%1“:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchLead</name>
    <message numerus="yes">
        <source>Sales of this product have followed its searches %n week(s) later, so the first %n week(s) of the forecast follow the searches already made.</source>
        <translation>
            <numerusform>Die Verkäufe dieses Produkts sind seinen Suchen %n Woche später gefolgt; die erste Woche der Prognose folgt daher den bereits gemachten Suchen.</numerusform>
            <numerusform>Die Verkäufe dieses Produkts sind seinen Suchen %n Wochen später gefolgt; die ersten %n Wochen der Prognose folgen daher den bereits gemachten Suchen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast that way from each of the last %1 weeks, those weeks were %2% closer to what sold.</source>
        <translation>So von jeder der letzten %1 Wochen aus prognostiziert, lagen diese Wochen %2 % näher am tatsächlichen Verkauf.</translation>
    </message>
</context>
<context>
    <name>SearchPush</name>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to.</source>
        <translation>%1 konnte nicht geschrieben werden (%2). Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <source>Could not finish writing %1 (%2); check the free disk space.</source>
        <translation>%1 konnte nicht fertig geschrieben werden (%2); prüfen Sie den freien Speicherplatz.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>Der Ordner %1 konnte nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
</context>
<context>
    <name>SearchStage</name>
    <message>
        <source>searches finding nothing, last 4 weeks (%)</source>
        <translation>Suchen ohne Treffer, letzte 4 Wochen (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n quer(ies) replayed; %1 find nothing, %2 of them not carried</source>
        <translation>
            <numerusform>%n Suchanfrage erneut ausgeführt; %1 finden nichts, %2 davon nicht im Sortiment</numerusform>
            <numerusform>%n Suchanfragen erneut ausgeführt; %1 finden nichts, %2 davon nicht im Sortiment</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmet quer(ies)</source>
        <translation>
            <numerusform>%n Suchanfrage ohne Treffer</numerusform>
            <numerusform>%n Suchanfragen ohne Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
</context>
<context>
    <name>SearchTermImporter</name>
    <message>
        <source>Shopify search report</source>
        <translation>Shopify-Suchbericht</translation>
    </message>
    <message>
        <source>Google Analytics 4 search terms</source>
        <translation>Google-Analytics-4-Suchbegriffe</translation>
    </message>
    <message>
        <source>Algolia top searches</source>
        <translation>Algolia-Top-Suchanfragen</translation>
    </message>
    <message>
        <source>Search terms (date, query, searches, clicks, results)</source>
        <translation>Suchbegriffe (Datum, Suchanfrage, Suchen, Klicks, Treffer)</translation>
    </message>
    <message>
        <source>the row has no search query (a totals row is skipped this way)</source>
        <translation>die Zeile hat keine Suchanfrage (so wird eine Summenzeile übersprungen)</translation>
    </message>
    <message>
        <source>the row has no number of searches</source>
        <translation>die Zeile hat keine Anzahl der Suchen</translation>
    </message>
    <message>
        <source>the number of searches is negative</source>
        <translation>die Anzahl der Suchen ist negativ</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>Champions</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Treue Kunden</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Potenziell Treue</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Vielversprechende</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Brauchen Zuwendung</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>Fast eingeschlafen</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>Nicht zu verlieren</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Im Winterschlaf</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Verloren</translation>
    </message>
    <message>
        <source>Bought recently and often: first to hear of new products; they rarely need a discount.</source>
        <translation>Kaufen oft und haben kürzlich gekauft: Erfahren als Erste von neuen Produkten; brauchen selten einen Rabatt.</translation>
    </message>
    <message>
        <source>Buy regularly: reward them, ask for reviews.</source>
        <translation>Kaufen regelmäßig: Belohnen Sie sie und bitten Sie um Bewertungen.</translation>
    </message>
    <message>
        <source>Recent, a few orders: a nudge towards the next order makes them loyal.</source>
        <translation>Kürzlich gekauft, einige Bestellungen: Ein Anstoß zur nächsten Bestellung macht sie zu treuen Kunden.</translation>
    </message>
    <message>
        <source>First order just now: welcome them and help them order again.</source>
        <translation>Gerade zum ersten Mal bestellt: Heißen Sie sie willkommen und helfen Sie ihnen, wieder zu bestellen.</translation>
    </message>
    <message>
        <source>One fairly recent order: remind them of what they liked.</source>
        <translation>Eine recht neue Bestellung: Erinnern Sie sie an das, was ihnen gefallen hat.</translation>
    </message>
    <message>
        <source>Neither recent nor frequent: a timely offer keeps them.</source>
        <translation>Weder kürzlich noch häufig: Ein Angebot zur rechten Zeit hält sie.</translation>
    </message>
    <message>
        <source>Fading: bring them back before they forget the store.</source>
        <translation>Lassen nach: Holen Sie sie zurück, bevor sie den Shop vergessen.</translation>
    </message>
    <message>
        <source>Bought often, but not for a while: win them back personally.</source>
        <translation>Haben oft gekauft, aber schon länger nicht mehr: Gewinnen Sie sie persönlich zurück.</translation>
    </message>
    <message>
        <source>Used to be the best customers and stopped: reach out before they are lost.</source>
        <translation>Waren die besten Kunden und haben aufgehört: Melden Sie sich, bevor sie verloren sind.</translation>
    </message>
    <message>
        <source>One order long ago: only the strongest offers wake them.</source>
        <translation>Eine Bestellung vor langer Zeit: Nur die stärksten Angebote wecken sie.</translation>
    </message>
    <message>
        <source>Long gone: leave them out of most campaigns.</source>
        <translation>Längst weg: Lassen Sie sie bei den meisten Kampagnen außen vor.</translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message>
        <source>Add “%1” to your FAQ and product template</source>
        <translation>„%1“ in Ihre FAQ und Ihre Produktvorlage aufnehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) asked about %1 across %2 products whose pages do not say; no single product stands out, so one store-wide answer helps most.</source>
        <translation>
            <numerusform>%n Ticket fragte nach %1 bei %2 Produkten, deren Seiten nichts dazu sagen; kein einzelnes Produkt sticht heraus, daher hilft eine Antwort für den ganzen Shop am meisten.</numerusform>
            <numerusform>%n Tickets fragten nach %1 bei %2 Produkten, deren Seiten nichts dazu sagen; kein einzelnes Produkt sticht heraus, daher hilft eine Antwort für den ganzen Shop am meisten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer tickets asking about %1</source>
        <translation>Weniger Tickets mit Fragen zu %1</translation>
    </message>
    <message>
        <source>Tickets asking about %1, per 4 weeks</source>
        <translation>Tickets mit Fragen zu %1, je 4 Wochen</translation>
    </message>
    <message>
        <source>Write a saved reply and FAQ entry for “%1”</source>
        <translation>Einen Textbaustein und einen FAQ-Eintrag für „%1“ schreiben</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) about %1 in the last four weeks. A saved reply answers them in seconds; an FAQ entry answers some before they are sent.</source>
        <translation>
            <numerusform>%n Ticket zum Thema %1 in den letzten vier Wochen. Ein Textbaustein beantwortet solche Tickets in Sekunden; ein FAQ-Eintrag beantwortet manche, bevor sie geschrieben werden.</numerusform>
            <numerusform>%n Tickets zum Thema %1 in den letzten vier Wochen. Ein Textbaustein beantwortet sie in Sekunden; ein FAQ-Eintrag beantwortet manche, bevor sie geschrieben werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faster first replies and fewer tickets about %1</source>
        <translation>Schnellere erste Antworten und weniger Tickets zum Thema %1</translation>
    </message>
    <message>
        <source>Tickets about %1, per 4 weeks</source>
        <translation>Tickets zum Thema %1, je 4 Wochen</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>No analysed tickets yet: import a help-desk export, then run `flywheel-cli --db STORE run --stage service`.</source>
        <translation>Noch keine analysierten Tickets: Importieren Sie einen Helpdesk-Export und führen Sie dann `flywheel-cli --db SHOP run --stage service` aus.</translation>
    </message>
    <message>
        <source>No content gaps: either no customer asked the same thing about a product often enough, or the Service stage has not run yet.</source>
        <translation>Keine Inhaltslücken: Entweder hat kein Kunde oft genug dasselbe zu einem Produkt gefragt, oder die Service-Stufe ist noch nicht gelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n customer(s) asked; %3 %4 at risk</source>
        <translation>
            <numerusform>%1 — %2: %n Kunde fragte; %3 %4 gefährdet</numerusform>
            <numerusform>%1 — %2: %n Kunden fragten; %3 %4 gefährdet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>The analysis was cancelled; nothing was changed.</source>
        <translation>Die Analyse wurde abgebrochen; es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>ServiceStage</name>
    <message>
        <source>negative tickets, last 4 weeks (%)</source>
        <translation>negative Tickets, letzte 4 Wochen (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) and %1 reviews read; %2 content gaps</source>
        <translation>
            <numerusform>%n Ticket und %1 Bewertungen gelesen; %2 Inhaltslücken</numerusform>
            <numerusform>%n Tickets und %1 Bewertungen gelesen; %2 Inhaltslücken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content gap(s)</source>
        <translation>
            <numerusform>%n Inhaltslücke</numerusform>
            <numerusform>%n Inhaltslücken</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is outside that range.</source>
        <translation>%1 muss zwischen %2 und %3 liegen; %4 liegt außerhalb.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; keep it to %3.</source>
        <translation>%1 hat %2 Zeichen; erlaubt sind höchstens %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for %2.</source>
        <translation>„%1“ ist keine der Auswahlmöglichkeiten für %2.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Deutsch</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Spanisch</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Französisch</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italienisch</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Niederländisch</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugiesisch</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Türkisch</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Wie auf dem Computer</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use the three letters of your currency, such as USD, EUR, GBP or TRY.</source>
        <translation>„%1“ ist kein Währungscode. Verwenden Sie die drei Buchstaben Ihrer Währung, etwa USD, EUR, GBP oder TRY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Choose one from the list, such as Europe/Istanbul or America/New_York.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Computer kennt. Wählen Sie eine aus der Liste, etwa Europe/Istanbul oder America/New_York.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Name des Shops</translation>
    </message>
    <message>
        <source>Shown in the window title and on files Flywheel writes for you.</source>
        <translation>Erscheint im Fenstertitel und auf Dateien, die Flywheel für Sie schreibt.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Three-letter code (USD, EUR, TRY, …) for prices in files that do not name their currency.</source>
        <translation>Dreibuchstabiger Code (USD, EUR, TRY, …) für Preise in Dateien, die ihre Währung nicht nennen.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Where your store&apos;s day starts and ends, for daily and weekly figures.</source>
        <translation>Wo der Tag Ihres Shops beginnt und endet, für Tages- und Wochenzahlen.</translation>
    </message>
    <message>
        <source>Customers&apos; language</source>
        <translation>Sprache der Kunden</translation>
    </message>
    <message>
        <source>The language of your reviews and support messages, so Flywheel reads them with the right words.</source>
        <translation>Die Sprache Ihrer Bewertungen und Support-Nachrichten, damit Flywheel sie mit den richtigen Wörtern liest.</translation>
    </message>
    <message>
        <source>Questions before a content gap</source>
        <translation>Fragen bis zur Inhaltslücke</translation>
    </message>
    <message>
        <source>How many customers must ask about the same detail of a product before Flywheel suggests adding it to the product page.</source>
        <translation>Wie viele Kunden nach demselben Detail eines Produkts fragen müssen, bevor Flywheel vorschlägt, es auf der Produktseite zu ergänzen.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Unhappy-customer alert</source>
        <translation>Warnung bei unzufriedenen Kunden</translation>
    </message>
    <message>
        <source>Flag a product when at least this share of its reviews and messages is negative.</source>
        <translation>Ein Produkt markieren, wenn mindestens dieser Anteil seiner Bewertungen und Nachrichten negativ ist.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Searches without results alert</source>
        <translation>Warnung bei Suchen ohne Treffer</translation>
    </message>
    <message>
        <source>Flag your site search when at least this share of searches finds nothing.</source>
        <translation>Ihre Shopsuche markieren, wenn mindestens dieser Anteil der Suchen nichts findet.</translation>
    </message>
    <message>
        <source>Supplier lead time</source>
        <translation>Lieferzeit des Lieferanten</translation>
    </message>
    <message>
        <source>Days from placing a purchase order to having the goods on the shelf, for products without a lead time of their own.</source>
        <translation>Tage von der Bestellung beim Lieferanten bis die Ware im Regal liegt, für Produkte ohne eigene Lieferzeit.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>How often an order should find the product in stock. Higher means fewer stockouts and more stock to pay for.</source>
        <translation>Wie oft eine Bestellung das Produkt vorrätig finden soll. Höher heißt weniger Fehlbestände und mehr Bestand, der bezahlt werden muss.</translation>
    </message>
    <message>
        <source>Overstock after</source>
        <translation>Überbestand ab</translation>
    </message>
    <message>
        <source>A product counts as overstocked when its stock would last longer than this at the current pace of sales.</source>
        <translation>Ein Produkt gilt als Überbestand, wenn sein Bestand beim aktuellen Verkaufstempo länger als diese Zeit reichen würde.</translation>
    </message>
    <message>
        <source>weeks of sales</source>
        <translation>Wochen Verkauf</translation>
    </message>
    <message>
        <source>Language of Flywheel</source>
        <translation>Sprache von Flywheel</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Money, dates and numbers follow it too.</source>
        <translation>Die Sprache von Menüs, Schaltflächen und Meldungen. Geldbeträge, Daten und Zahlen richten sich ebenfalls danach.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Held-back control group</source>
        <translation>Zurückgehaltene Kontrollgruppe</translation>
    </message>
    <message>
        <source>The share of each promotion&apos;s audience that is chosen at random and gets nothing. Comparing the two groups afterwards shows what the promotion really changed.</source>
        <translation>Der Anteil der Zielgruppe jeder Aktion, der zufällig ausgewählt wird und nichts erhält. Der spätere Vergleich beider Gruppen zeigt, was die Aktion wirklich verändert hat.</translation>
    </message>
    <message>
        <source>Lowest margin on a promotion</source>
        <translation>Mindestmarge bei Aktionen</translation>
    </message>
    <message>
        <source>A promotion never discounts a product below this margin over its cost. Products without a cost are never discounted by more than the largest discount.</source>
        <translation>Eine Aktion senkt den Preis eines Produkts nie unter diese Marge über seinen Kosten. Produkte ohne Kostenangabe werden nie stärker rabattiert als mit dem höchsten Rabatt.</translation>
    </message>
    <message>
        <source>Largest discount</source>
        <translation>Höchster Rabatt</translation>
    </message>
    <message>
        <source>No promotion suggests a deeper discount than this.</source>
        <translation>Keine Aktion schlägt einen höheren Rabatt als diesen vor.</translation>
    </message>
    <message>
        <source>Promotion length</source>
        <translation>Dauer einer Aktion</translation>
    </message>
    <message>
        <source>How long a suggested promotion&apos;s code is valid.</source>
        <translation>Wie lange der Code einer vorgeschlagenen Aktion gültig ist.</translation>
    </message>
    <message>
        <source>Demo store size</source>
        <translation>Größe des Demo-Shops</translation>
    </message>
    <message>
        <source>The size the demo store was made at; empty for a real store.</source>
        <translation>Die Größe, in der der Demo-Shop angelegt wurde; leer bei einem echten Shop.</translation>
    </message>
    <message>
        <source>Demo store seed</source>
        <translation>Startwert des Demo-Shops</translation>
    </message>
    <message>
        <source>The random seed the demo store was made with.</source>
        <translation>Der Startwert für den Zufall, mit dem der Demo-Shop angelegt wurde.</translation>
    </message>
    <message>
        <source>Demo weeks after the history</source>
        <translation>Demo-Wochen nach der Historie</translation>
    </message>
    <message>
        <source>How many weeks the demo store has been advanced past its history.</source>
        <translation>Um wie viele Wochen der Demo-Shop über seine Historie hinaus fortgeschrieben wurde.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Demo purchase orders placed</source>
        <translation>Aufgegebene Demo-Lieferantenbestellungen</translation>
    </message>
    <message>
        <source>The pushed reorders the advanced demo store has already ordered.</source>
        <translation>Die übergebenen Nachbestellungen, die der fortgeschriebene Demo-Shop bereits bestellt hat.</translation>
    </message>
</context>
<context>
    <name>ShopifyCustomersImporter</name>
    <message>
        <source>Shopify customers export</source>
        <translation>Shopify-Kundenexport</translation>
    </message>
    <message>
        <source>the customer has neither an e-mail address nor a customer ID</source>
        <translation>der Kunde hat weder eine E-Mail-Adresse noch eine Kunden-ID</translation>
    </message>
</context>
<context>
    <name>ShopifyInventoryImporter</name>
    <message>
        <source>Shopify inventory export</source>
        <translation>Shopify-Bestandsexport</translation>
    </message>
    <message>
        <source>the row has no product handle</source>
        <translation>die Zeile hat kein Produkt-Handle</translation>
    </message>
    <message>
        <source>the row names no location</source>
        <translation>die Zeile nennt keinen Lagerort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>„%1“ %2</translation>
    </message>
</context>
<context>
    <name>ShopifyOrdersImporter</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Shopify-Bestellexport</translation>
    </message>
    <message>
        <source>this line item&apos;s order has no first row with the order&apos;s totals in this file or the store</source>
        <translation>die Bestellung dieser Position hat weder in dieser Datei noch im Shop eine erste Zeile mit den Summen der Bestellung</translation>
    </message>
    <message>
        <source>Line %1: the SKU &quot;%2&quot; was turned into a number by a spreadsheet and cannot be matched; export the orders again without opening them in Excel.</source>
        <translation>Zeile %1: Die SKU „%2“ wurde von einer Tabellenkalkulation in eine Zahl umgewandelt und kann nicht zugeordnet werden; exportieren Sie die Bestellungen erneut, ohne sie in Excel zu öffnen.</translation>
    </message>
    <message>
        <source>the order name is empty</source>
        <translation>der Bestellname ist leer</translation>
    </message>
    <message>
        <source>the line item has no name</source>
        <translation>die Position hat keinen Namen</translation>
    </message>
    <message>
        <source>the line item has no quantity</source>
        <translation>die Position hat keine Menge</translation>
    </message>
    <message>
        <source>the order has no creation date</source>
        <translation>die Bestellung hat kein Erstelldatum</translation>
    </message>
</context>
<context>
    <name>ShopifyProductsImporter</name>
    <message>
        <source>Shopify products export</source>
        <translation>Shopify-Produktexport</translation>
    </message>
    <message>
        <source>the product has no handle</source>
        <translation>das Produkt hat kein Handle</translation>
    </message>
    <message>
        <source>Line %1: the barcode &quot;%2&quot; was turned into a number by a spreadsheet and its digits are lost; it was left empty. Export the products again without opening them in Excel.</source>
        <translation>Zeile %1: Der Barcode „%2“ wurde von einer Tabellenkalkulation in eine Zahl umgewandelt, seine Ziffern sind verloren; er wurde leer gelassen. Exportieren Sie die Produkte erneut, ohne sie in Excel zu öffnen.</translation>
    </message>
</context>
<context>
    <name>SpendModel</name>
    <message>
        <source>A repeat customer&apos;s spend is impossible (%1 repeat purchases averaging %2); the order history needs to be read again.</source>
        <translation>Die Ausgaben eines wiederkehrenden Kunden sind unmöglich (%1 Wiederholungskäufe mit durchschnittlich %2); der Bestellverlauf muss neu eingelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have paid for a second order so far, too few to estimate what customers will spend per order; the estimate appears once at least %1 customers have paid for a repeat order.</source>
        <translation>
            <numerusform>Bisher hat %n Kunde eine zweite Bestellung bezahlt, zu wenige, um zu schätzen, was Kunden pro Bestellung ausgeben werden; die Schätzung erscheint, sobald mindestens %1 Kunden eine weitere Bestellung bezahlt haben.</numerusform>
            <numerusform>Bisher haben %n Kunden eine zweite Bestellung bezahlt, zu wenige, um zu schätzen, was Kunden pro Bestellung ausgeben werden; die Schätzung erscheint, sobald mindestens %1 Kunden eine weitere Bestellung bezahlt haben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlRowLoader</name>
    <message>
        <source>The store has no table named &quot;%1&quot;.</source>
        <translation>Der Shop hat keine Tabelle namens „%1“.</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>The %1 analysis was cancelled; the previous results are kept.</source>
        <translation>Die Analyse der Stufe %1 wurde abgebrochen; die vorherigen Ergebnisse bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>StockHealth</name>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Reorder now</source>
        <translation>Jetzt nachbestellen</translation>
    </message>
    <message>
        <source>Overstocked</source>
        <translation>Überbestand</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Gesund</translation>
    </message>
    <message>
        <source>No demand</source>
        <translation>Keine Nachfrage</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>Nicht im Verkauf</translation>
    </message>
</context>
<context>
    <name>SynonymGroups</name>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>A group needs at least two words that mean the same, separated by commas, e.g. “jumper, sweater”.</source>
        <translation>Eine Gruppe braucht mindestens zwei Wörter mit derselben Bedeutung, durch Kommas getrennt, z. B. „Pulli, Pullover“.</translation>
    </message>
    <message>
        <source>A group can hold at most %1 synonyms and this one has %2. Split it into smaller groups.</source>
        <translation>Eine Gruppe kann höchstens %1 Synonyme enthalten, diese hat %2. Teilen Sie sie in kleinere Gruppen auf.</translation>
    </message>
    <message>
        <source>%1 has %2 words; a synonym can have at most %3. Shorten it.</source>
        <translation>%1 hat %2 Wörter; ein Synonym darf höchstens %3 haben. Kürzen Sie es.</translation>
    </message>
    <message>
        <source>%1 is already in the group %2, and a word can be in only one group. Add the other words to that group instead.</source>
        <translation>%1 steht schon in der Gruppe %2, und ein Wort kann nur in einer Gruppe stehen. Fügen Sie die anderen Wörter stattdessen dieser Gruppe hinzu.</translation>
    </message>
    <message>
        <source>That synonym group is no longer there; it may have been deleted. Add it again.</source>
        <translation>Diese Synonymgruppe gibt es nicht mehr; vielleicht wurde sie gelöscht. Legen Sie sie erneut an.</translation>
    </message>
</context>
<context>
    <name>TicketImporter</name>
    <message>
        <source>Zendesk tickets export</source>
        <translation>Zendesk-Ticketexport</translation>
    </message>
    <message>
        <source>Freshdesk tickets export</source>
        <translation>Freshdesk-Ticketexport</translation>
    </message>
    <message>
        <source>Tickets (id, created, subject, body, customer email, order number, …)</source>
        <translation>Tickets (ID, Erstellt, Betreff, Text, Kunden-E-Mail, Bestellnummer, …)</translation>
    </message>
    <message>
        <source>the ticket has no ID</source>
        <translation>das Ticket hat keine ID</translation>
    </message>
    <message>
        <source>the ticket has no creation date</source>
        <translation>das Ticket hat kein Erstelldatum</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Spike</source>
        <translation>Sprunghaft gestiegen</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>Steigend</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>Fallend</translation>
    </message>
    <message>
        <source>recent level, moved with its season last year</source>
        <translation>jüngstes Niveau, angepasst an die eigene Saison im Vorjahr</translation>
    </message>
    <message>
        <source>recent level, moved with its peers</source>
        <translation>jüngstes Niveau, angepasst an die Vergleichsgruppe</translation>
    </message>
    <message>
        <source>recent level, moved with the store</source>
        <translation>jüngstes Niveau, angepasst an den ganzen Shop</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>expected a date such as 2025-05-11 or 2025-05-11 09:55:16 -0400</source>
        <translation>ist kein Datum wie 2025-05-11 oder 2025-05-11 09:55:16 -0400</translation>
    </message>
    <message>
        <source>expected an amount such as 12.50</source>
        <translation>ist kein Betrag wie 12.50</translation>
    </message>
    <message>
        <source>has more decimals than the currency allows</source>
        <translation>hat mehr Nachkommastellen, als die Währung erlaubt</translation>
    </message>
    <message>
        <source>is too large to be an amount</source>
        <translation>ist zu groß für einen Betrag</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>expected a number such as 12.5</source>
        <translation>ist keine Zahl wie 12.5</translation>
    </message>
    <message>
        <source>expected yes or no (true/false)</source>
        <translation>ist weder ja noch nein (true/false)</translation>
    </message>
</context>
<context>
    <name>VariantForecasts</name>
    <message>
        <source>The demand forecast was cancelled; the previous forecasts are kept.</source>
        <translation>Die Bedarfsprognose wurde abgebrochen; die vorherigen Prognosen bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>VendorTerms</name>
    <message>
        <source>A lead time of %1 days for %2 is out of range; enter 1 to 365 days.</source>
        <translation>Eine Lieferzeit von %1 Tagen für %2 liegt außerhalb des zulässigen Bereichs; geben Sie 1 bis 365 Tage ein.</translation>
    </message>
    <message>
        <source>A service level of %1 % for %2 is out of range; enter 50 to 99.9 %.</source>
        <translation>Ein Servicegrad von %1 % für %2 liegt außerhalb des zulässigen Bereichs; geben Sie 50 bis 99,9 % ein.</translation>
    </message>
</context>
<context>
    <name>WeeklyReport</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>up from %1</source>
        <translation>gestiegen von %1</translation>
    </message>
    <message>
        <source>down from %1</source>
        <translation>gesunken von %1</translation>
    </message>
    <message>
        <source>Orders up to %1</source>
        <translation>Bestellungen bis %1</translation>
    </message>
    <message>
        <source>No orders imported yet</source>
        <translation>Noch keine Bestellungen importiert</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Wochenbericht</translation>
    </message>
    <message>
        <source>%1  ·  generated %2</source>
        <translation>%1  ·  erstellt am %2</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>erster Lauf</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <source>The wheel</source>
        <translation>Der Kreislauf</translation>
    </message>
    <message>
        <source>Each stage&apos;s headline figure from its latest run, against the run before.</source>
        <translation>Die Kennzahl jeder Stufe aus ihrem letzten Lauf, verglichen mit dem Lauf davor.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Was sie gefunden hat</translation>
    </message>
    <message>
        <source>one run so far</source>
        <translation>bisher ein Lauf</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>No figures recorded yet: the wheel records them each time it runs over new orders.</source>
        <translation>Noch keine Kennzahlen erfasst: Der Kreislauf erfasst sie bei jedem Lauf über neue Bestellungen.</translation>
    </message>
    <message>
        <source>The wheel&apos;s figures each time the store was analysed; the dot is the latest. Green is better than the run before, red is worse.</source>
        <translation>Die Kennzahlen des Kreislaufs bei jeder Analyse des Shops; der Punkt ist der neueste Wert. Grün ist besser als der Lauf davor, Rot schlechter.</translation>
    </message>
    <message>
        <source>Actions waiting for you</source>
        <translation>Maßnahmen, die auf Sie warten</translation>
    </message>
    <message>
        <source>No action is waiting for you: every suggestion has been handled.</source>
        <translation>Keine Maßnahme wartet auf Sie: Alle Vorschläge sind erledigt.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>angenommen</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Erwartet: %1</translation>
    </message>
    <message>
        <source>The %1 most important of %2 waiting actions: accepted ones first, then each stage&apos;s surest with the most evidence. The action queue in Flywheel has them all.</source>
        <translation>Die %1 wichtigsten von %2 wartenden Maßnahmen: zuerst die angenommenen, dann aus jeder Stufe die sichersten mit den meisten Belegen. Die Maßnahmenliste in Flywheel enthält alle.</translation>
    </message>
    <message>
        <source>Accepted ones first, then each stage&apos;s surest with the most evidence.</source>
        <translation>Zuerst die angenommenen, dann aus jeder Stufe die sichersten mit den meisten Belegen.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>unklar</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>hat gewirkt</translation>
    </message>
    <message>
        <source>went the wrong way</source>
        <translation>falsche Richtung</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>Nothing pushed yet, so there is nothing to measure. Push accepted actions; later reports measure what each one did.</source>
        <translation>Noch nichts übergeben, daher gibt es nichts zu messen. Übergeben Sie angenommene Maßnahmen; spätere Berichte messen, was jede einzelne bewirkt hat.</translation>
    </message>
    <message>
        <source>%1 measured, %2 still in their window. Each pushed action is judged by its own figure over the days after it against the days before, or its audience against the held-back group.</source>
        <translation>%1 gemessen, %2 noch im Messzeitraum. Jede übergebene Maßnahme wird an ihrer eigenen Kennzahl in den Tagen danach gegenüber den Tagen davor beurteilt oder an ihrer Zielgruppe gegenüber der Kontrollgruppe.</translation>
    </message>
    <message>
        <source>Action and what it did</source>
        <translation>Maßnahme und ihre Wirkung</translation>
    </message>
    <message>
        <source>Stage and figure</source>
        <translation>Stufe und Kennzahl</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Weekly report — %1</source>
        <translation>Wochenbericht — %1</translation>
    </message>
    <message>
        <source>Made by Flywheel on your own computer from the store&apos;s data.</source>
        <translation>Von Flywheel auf Ihrem eigenen Computer aus den Daten des Shops erstellt.</translation>
    </message>
    <message>
        <source>Weekly report · %1 · %2</source>
        <translation>Wochenbericht · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The report is written as a web page or a PDF, and &quot;%1&quot; is neither: end the file name with .html or .pdf.</source>
        <translation>Der Bericht wird als Webseite oder PDF geschrieben, und „%1“ ist keins von beiden: Lassen Sie den Dateinamen auf .html oder .pdf enden.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Choose a folder you can write to.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2. Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Check that the disk has room and try again.</source>
        <translation>Der Bericht konnte nicht nach %1 geschrieben werden: %2. Prüfen Sie, ob auf dem Datenträger genug Platz ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>WheelStages</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Reads your help-desk tickets and reviews: how customers feel, what they ask, and which product questions your pages leave unanswered.</source>
        <translation>Liest Ihre Helpdesk-Tickets und Bewertungen: wie es Kunden geht, was sie fragen und welche Produktfragen Ihre Seiten offenlassen.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Finds the attributes, tags and descriptions your products are missing, starting with what customers keep asking about.</source>
        <translation>Findet die Attribute, Schlagwörter und Beschreibungen, die Ihren Produkten fehlen, beginnend mit dem, wonach Kunden immer wieder fragen.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Explains the searches on your site that find nothing or the wrong thing: typos, wording, missing filters, items out of stock or not carried.</source>
        <translation>Erklärt die Suchen in Ihrem Shop, die nichts oder das Falsche finden: Tippfehler, Wortwahl, fehlende Filter, Artikel nicht vorrätig oder nicht im Sortiment.</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Merchandising</translation>
    </message>
    <message>
        <source>Spots trending searches and products and suggests which products to feature and how to order your collections.</source>
        <translation>Erkennt gefragte Suchbegriffe und Produkte und schlägt vor, welche Produkte Sie hervorheben und wie Sie Ihre Kollektionen ordnen.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Forecasts demand per item, warns before stock runs out or piles up, and drafts purchase orders.</source>
        <translation>Sagt die Nachfrage je Artikel voraus, warnt, bevor der Bestand ausgeht oder sich staut, und entwirft Bestellungen beim Lieferanten.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Turns overstock into promotions for the customers most likely to respond, with a held-back group to measure what the promotion really did.</source>
        <translation>Macht aus Überbestand Aktionen für die Kunden, die am ehesten reagieren, mit einer zurückgehaltenen Gruppe, um zu messen, was die Aktion wirklich bewirkt hat.</translation>
    </message>
</context>
<context>
    <name>WooCustomersImporter</name>
    <message>
        <source>WooCommerce Analytics customers download</source>
        <translation>WooCommerce-Analytics-Kundendownload</translation>
    </message>
    <message>
        <source>the customer has no e-mail address</source>
        <translation>der Kunde hat keine E-Mail-Adresse</translation>
    </message>
</context>
<context>
    <name>WooOrdersImporter</name>
    <message>
        <source>WooCommerce Analytics orders download</source>
        <translation>WooCommerce-Analytics-Bestelldownload</translation>
    </message>
    <message>
        <source>the order has no number</source>
        <translation>die Bestellung hat keine Nummer</translation>
    </message>
    <message>
        <source>the order has no date</source>
        <translation>die Bestellung hat kein Datum</translation>
    </message>
    <message>
        <source>the order lists no products</source>
        <translation>die Bestellung enthält keine Produkte</translation>
    </message>
</context>
<context>
    <name>WooProductsImporter</name>
    <message>
        <source>WooCommerce products export</source>
        <translation>WooCommerce-Produktexport</translation>
    </message>
    <message>
        <source>the product has neither an ID nor a SKU</source>
        <translation>das Produkt hat weder eine ID noch eine SKU</translation>
    </message>
    <message>
        <source>the variation&apos;s parent product is neither in this file nor in the store</source>
        <translation>das übergeordnete Produkt der Variante ist weder in dieser Datei noch im Shop</translation>
    </message>
</context>
<context>
    <name>flywheel::AboutDialog</name>
    <message>
        <source>About Flywheel</source>
        <translation>Über Flywheel</translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>Turns your online store&apos;s exports into a queue of concrete actions, pushes them back out as files your platforms import, and measures what they did.</source>
        <translation>Macht aus den Exporten Ihres Online-Shops eine Liste konkreter Maßnahmen, gibt sie als Dateien aus, die Ihre Plattformen importieren, und misst, was sie bewirkt haben.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: Flywheel opens no network connection.</source>
        <translation>Nichts verlässt diesen Computer: Flywheel öffnet keine Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>Flywheel is free software under the GNU General Public License, version 3 or later, and comes with no warranty. Built with Qt %1, running on Qt %2.</source>
        <translation>Flywheel ist freie Software unter der GNU General Public License, Version 3 oder neuer, und wird ohne Gewährleistung bereitgestellt. Erstellt mit Qt %1, läuft mit Qt %2.</translation>
    </message>
    <message>
        <source>Show licence</source>
        <translation>Lizenz anzeigen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Each store is one .flywheel file, kept where you chose when you created it. The demo store is in %1 and Flywheel&apos;s settings in %2. To back up a store, copy its .flywheel file while Flywheel is closed; to restore it, open the copy.</source>
        <translation>Jeder Shop ist eine .flywheel-Datei, gespeichert dort, wo Sie sie beim Anlegen abgelegt haben. Der Demo-Shop liegt in %1, die Einstellungen von Flywheel in %2. Um einen Shop zu sichern, kopieren Sie seine .flywheel-Datei, während Flywheel geschlossen ist; zum Wiederherstellen öffnen Sie die Kopie.</translation>
    </message>
    <message>
        <source>The licence text is missing from this copy of Flywheel.</source>
        <translation>Der Lizenztext fehlt in dieser Kopie von Flywheel.</translation>
    </message>
    <message>
        <source>Hide licence</source>
        <translation>Lizenz ausblenden</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionDetailPane</name>
    <message>
        <source>Pick an action to see why it is suggested and decide on it.</source>
        <translation>Wählen Sie eine Maßnahme, um zu sehen, warum sie vorgeschlagen wird, und entscheiden Sie darüber.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wieder öffnen</translation>
    </message>
    <message>
        <source>Accept: Push will hand this action out as a file</source>
        <translation>Annehmen: Übergeben gibt diese Maßnahme als Datei aus</translation>
    </message>
    <message>
        <source>Dismiss: it will not be suggested again unless its evidence grows</source>
        <translation>Verwerfen: Sie wird nicht wieder vorgeschlagen, außer ihre Belege nehmen zu</translation>
    </message>
    <message>
        <source>Put the action back among the new ones</source>
        <translation>Die Maßnahme wieder zu den neuen legen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Erwartete Wirkung</translation>
    </message>
    <message>
        <source>How it will be measured</source>
        <translation>Wie sie gemessen wird</translation>
    </message>
    <message>
        <source>%1% confident</source>
        <translation>%1&#xa0;% sicher</translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n day(s) after it is pushed.</source>
        <translation>
            <numerusform>%1, über %n Tag nach dem Übergeben.</numerusform>
            <numerusform>%1, über %n Tage nach dem Übergeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across the wheel</source>
        <translation>Im ganzen Kreislauf</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Wirkung</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueueModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueuePage</name>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Open (new and accepted)</source>
        <translation>Offen (neu und angenommen)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>%1 von %n Maßnahme</numerusform>
            <numerusform>%1 von %n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet. Press Run: each stage of the wheel adds the actions it finds here.</source>
        <translation>Noch keine Maßnahmen. Klicken Sie auf Ausführen: Jede Stufe des Kreislaufs legt die gefundenen Maßnahmen hier ab.</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Keine Maßnahme passt zu diesen Filtern.</translation>
    </message>
</context>
<context>
    <name>flywheel::CollectionOrderView</name>
    <message>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Verschiebung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Collection order</source>
        <translation>Reihenfolge der Kollektion</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n product(s))</source>
        <translation>
            <numerusform>%1 (%n Produkt)</numerusform>
            <numerusform>%1 (%n Produkte)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — new order accepted</source>
        <translation>%1 — neue Reihenfolge angenommen</translation>
    </message>
    <message>
        <source>%1 — reorder suggested</source>
        <translation>%1 — neue Reihenfolge vorgeschlagen</translation>
    </message>
    <message>
        <source>No collections ranked yet: import a collections list and press Run.</source>
        <translation>Noch keine Kollektionen eingestuft: Importieren Sie eine Kollektionsliste und klicken Sie auf Ausführen.</translation>
    </message>
    <message>
        <source>A new order is suggested: accept it below to write it as a file.</source>
        <translation>Eine neue Reihenfolge wird vorgeschlagen: Nehmen Sie sie unten an, um sie als Datei zu schreiben.</translation>
    </message>
    <message>
        <source>The current order is close to the suggested one.</source>
        <translation>Die aktuelle Reihenfolge liegt nahe an der vorgeschlagenen.</translation>
    </message>
    <message>
        <source>Could not read the collection&apos;s order: %1</source>
        <translation>Die Reihenfolge der Kollektion konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>flywheel::ContentPanel</name>
    <message>
        <source>Answer a question</source>
        <translation>Frage beantworten</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>In a product file</source>
        <translation>In einer Produktdatei</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer</numerusform>
            <numerusform>%1 und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Text speichern</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Write product file…</source>
        <translation>Produktdatei schreiben…</translation>
    </message>
    <message>
        <source>By product type</source>
        <translation>Nach Produkttyp</translation>
    </message>
    <message>
        <source>By collection</source>
        <translation>Nach Kollektion</translation>
    </message>
    <message>
        <source>Group completeness</source>
        <translation>Vollständigkeit der Gruppen</translation>
    </message>
    <message>
        <source>Completeness of the least complete groups</source>
        <translation>Vollständigkeit der am wenigsten vollständigen Gruppen</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Produkttyp</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Unvollständig</translation>
    </message>
    <message>
        <source>Most often missing</source>
        <translation>Fehlt am häufigsten</translation>
    </message>
    <message>
        <source>Completeness per group</source>
        <translation>Vollständigkeit je Gruppe</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suggested edits</source>
        <translation>Vorgeschlagene Änderungen</translation>
    </message>
    <message>
        <source>Why this edit is suggested</source>
        <translation>Warum diese Änderung vorgeschlagen wird</translation>
    </message>
    <message>
        <source>Text to add</source>
        <translation>Hinzuzufügender Text</translation>
    </message>
    <message>
        <source>Writes the accepted edits as a product CSV your store imports</source>
        <translation>Schreibt die angenommenen Änderungen als Produkt-CSV, die Ihr Shop importiert</translation>
    </message>
    <message>
        <source>How complete product pages are</source>
        <translation>Wie vollständig die Produktseiten sind</translation>
    </message>
    <message>
        <source>Text to add (edit it before you accept):</source>
        <translation>Hinzuzufügender Text (vor dem Annehmen bearbeiten):</translation>
    </message>
    <message>
        <source>Suggested edits: answers to what customers ask first</source>
        <translation>Vorgeschlagene Änderungen: zuerst Antworten auf Kundenfragen</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Inhalte</translation>
    </message>
    <message>
        <source>Could not read the Content results: %1</source>
        <translation>Die Ergebnisse der Stufe Inhalte konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No product pages read yet. Import your products export (Shopify or WooCommerce), then press Run.</source>
        <translation>Noch keine Produktseiten gelesen. Importieren Sie Ihren Produktexport (Shopify oder WooCommerce) und klicken Sie dann auf Ausführen.</translation>
    </message>
    <message>
        <source>%1 product pages read; on average they state %2% of what pages like them state. %3 edits suggested, %4 of them answers to questions customers keep asking.</source>
        <translation>%1 Produktseiten gelesen; im Schnitt nennen sie %2&#xa0;% dessen, was vergleichbare Seiten nennen. %3 Änderungen vorgeschlagen, davon %4 Antworten auf Fragen, die Kunden immer wieder stellen.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Kollektion</translation>
    </message>
    <message>
        <source>No product type</source>
        <translation>Ohne Produkttyp</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Vollständig (%)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a suggested edit to see why it is suggested and the text to add.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine vorgeschlagene Änderung, um zu sehen, warum sie vorgeschlagen wird und welcher Text hinzukommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Write product file</source>
        <translation>Produktdatei schreiben</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>No product file was written.</source>
        <translation>Es wurde keine Produktdatei geschrieben.</translation>
    </message>
    <message>
        <source>Import it in your store&apos;s admin (Shopify: Products › Import, with “Overwrite products with matching handles”; WooCommerce: Products › Import, with “Update existing products”). Your next export then brings the new text back to Flywheel.</source>
        <translation>Importieren Sie die Datei in der Verwaltung Ihres Shops (Shopify: Produkte › Importieren, mit „Produkte mit übereinstimmendem Handle überschreiben“; WooCommerce: Produkte › Importieren, mit „Vorhandene Produkte aktualisieren“). Ihr nächster Export bringt den neuen Text dann zurück zu Flywheel.</translation>
    </message>
</context>
<context>
    <name>flywheel::DemoStoreBuilder</name>
    <message>
        <source>Creating the demo store was cancelled.</source>
        <translation>Das Anlegen des Demo-Shops wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>flywheel::FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>Dateien zum Importieren wählen</translation>
    </message>
    <message>
        <source>Exports from your shop, such as orders, customers, products or stock. Flywheel recognises each file by its columns.</source>
        <translation>Exporte aus Ihrem Shop, etwa Bestellungen, Kunden, Produkte oder Bestand. Flywheel erkennt jede Datei an ihren Spalten.</translation>
    </message>
    <message>
        <source>Drop export files here, or choose Add files.</source>
        <translation>Legen Sie Exportdateien hier ab oder wählen Sie Dateien hinzufügen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>How Flywheel reads it</source>
        <translation>Wie Flywheel sie liest</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Spalten wählen…</translation>
    </message>
    <message>
        <source>Tell Flywheel yourself which column of the selected file is which</source>
        <translation>Flywheel selbst sagen, welche Spalte der gewählten Datei was enthält</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Exports from your shop (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exporte aus Ihrem Shop (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>flywheel::ForecastChart</name>
    <message>
        <source>Demand history and forecast of the selected variant</source>
        <translation>Bedarfsverlauf und Prognose der ausgewählten Variante</translation>
    </message>
    <message>
        <source>Select a variant to see its forecast.</source>
        <translation>Wählen Sie eine Variante aus, um ihre Prognose zu sehen.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>95-%-Bereich</translation>
    </message>
    <message>
        <source>80 % range</source>
        <translation>80-%-Bereich</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Verkauft</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Rückblicktest</translation>
    </message>
    <message>
        <source>Units per day</source>
        <translation>Stück pro Tag</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Stück pro Woche</translation>
    </message>
</context>
<context>
    <name>flywheel::GenericStagePanel</name>
    <message>
        <source>Open actions</source>
        <translation>Offene Maßnahmen</translation>
    </message>
    <message>
        <source>Open in the action queue</source>
        <translation>In der Maßnahmenliste öffnen</translation>
    </message>
    <message>
        <source>Open actions of %1</source>
        <translation>Offene Maßnahmen von %1</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>Could not read this stage: %1</source>
        <translation>Diese Stufe konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This version of Flywheel cannot run the %1 stage yet.</source>
        <translation>Diese Version von Flywheel kann die Stufe %1 noch nicht ausführen.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run in the toolbar to analyse the store.</source>
        <translation>Noch nicht ausgeführt. Klicken Sie in der Werkzeugleiste auf Ausführen, um den Shop zu analysieren.</translation>
    </message>
    <message>
        <source>Ran %1, in %2 s.</source>
        <translation>Ausgeführt: %1, Dauer %2 s.</translation>
    </message>
    <message>
        <source>The last run (%1) failed.</source>
        <translation>Der letzte Lauf (%1) ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The last run (%1) was cancelled.</source>
        <translation>Der letzte Lauf (%1) wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>%1 since the previous run</source>
        <translation>%1 seit dem vorigen Lauf</translation>
    </message>
    <message>
        <source>Passed on: %1</source>
        <translation>Weitergegeben: %1</translation>
    </message>
    <message>
        <source>Open actions: none</source>
        <translation>Offene Maßnahmen: keine</translation>
    </message>
    <message>
        <source>Open actions (%1)</source>
        <translation>Offene Maßnahmen (%1)</translation>
    </message>
</context>
<context>
    <name>flywheel::HealthModel</name>
    <message>
        <source>Days until the stock available now is expected to sell out</source>
        <translation>Tage, bis der jetzt verfügbare Bestand voraussichtlich ausverkauft ist</translation>
    </message>
    <message>
        <source>The chance of running out before a reorder placed today could arrive</source>
        <translation>Die Wahrscheinlichkeit, dass der Bestand ausgeht, bevor eine heute aufgegebene Nachbestellung eintreffen kann</translation>
    </message>
    <message>
        <source>Units to order now to reach the order-up-to level</source>
        <translation>Jetzt zu bestellende Stückzahl, um den Zielbestand zu erreichen</translation>
    </message>
    <message>
        <source>How far the forecast was off on the last weeks held out (WAPE)</source>
        <translation>Wie weit die Prognose in den zurückgehaltenen letzten Wochen danebenlag (WAPE)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Reichweite (Tage)</translation>
    </message>
    <message>
        <source>Sells out</source>
        <translation>Ausverkauft am</translation>
    </message>
    <message>
        <source>Stockout risk</source>
        <translation>Fehlbestandsrisiko</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Overstock value</source>
        <translation>Wert des Überbestands</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Prognosefehler</translation>
    </message>
    <message>
        <source>How long the oldest unit on hand has probably been in stock, first in first out</source>
        <translation>Wie lange die älteste vorrätige Einheit vermutlich schon im Lager ist (First In, First Out)</translation>
    </message>
    <message>
        <source>Oldest unit (days)</source>
        <translation>Älteste Einheit (Tage)</translation>
    </message>
</context>
<context>
    <name>flywheel::HomePage</name>
    <message>
        <source>Nothing imported yet: press Import to bring in your shop&apos;s exports.</source>
        <translation>Noch nichts importiert: Klicken Sie auf Importieren, um die Exporte Ihres Shops zu übernehmen.</translation>
    </message>
    <message>
        <source>Last import %1</source>
        <translation>Letzter Import: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln Ticket</numerusform>
            <numerusform>%Ln Tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln Bewertung</numerusform>
            <numerusform>%Ln Bewertungen</numerusform>
        </translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>noch nicht analysiert</translation>
    </message>
    <message>
        <source>analysed %1</source>
        <translation>analysiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pushed action(s) measured, %1 clearly worked</source>
        <translation>
            <numerusform>%n übergebene Maßnahme gemessen, %1 mit klarer Wirkung</numerusform>
            <numerusform>%n übergebene Maßnahmen gemessen, %1 mit klarer Wirkung</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their window to pass</source>
        <translation>
            <numerusform>%n wartet noch auf das Ende des Messzeitraums</numerusform>
            <numerusform>%n warten noch auf das Ende des Messzeitraums</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes: %1 (see each in Actions).</source>
        <translation>Wirkung: %1 (Einzelheiten unter Maßnahmen).</translation>
    </message>
</context>
<context>
    <name>flywheel::ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Each file goes in whole or not at all.</source>
        <translation>Jede Datei wird ganz oder gar nicht übernommen.</translation>
    </message>
    <message>
        <source>Cancel stops the import: the file being imported is left out, files already imported stay, and you can undo them afterwards.</source>
        <translation>Abbrechen beendet den Import: Die Datei, die gerade importiert wird, bleibt außen vor, bereits importierte Dateien bleiben erhalten, und Sie können sie danach rückgängig machen.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>Cancelling: leaving out the file being imported…</source>
        <translation>Wird abgebrochen: Die Datei, die gerade importiert wird, bleibt außen vor…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>%1 wird importiert (Datei %2 von %3)…</translation>
    </message>
</context>
<context>
    <name>flywheel::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Dateien importieren</translation>
    </message>
</context>
<context>
    <name>flywheel::InventoryPanel</name>
    <message>
        <source>No forecast: %1</source>
        <translation>Keine Prognose: %1</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Modell: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) out of stock are left out of the history (gaps in the line), not read as no demand.</source>
        <translation>
            <numerusform>%n Periode ohne Bestand ist aus der Historie ausgeklammert (Lücken in der Linie) und wird nicht als fehlende Nachfrage gewertet.</numerusform>
            <numerusform>%n Perioden ohne Bestand sind aus der Historie ausgeklammert (Lücken in der Linie) und werden nicht als fehlende Nachfrage gewertet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too little history to hold weeks out for a backtest yet.</source>
        <translation>Noch zu wenig Historie, um Wochen für einen Rückblicktest zurückzuhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Backtest on the last %n period(s), held out and forecast from the weeks before them (dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % range %4.</source>
        <translation>
            <numerusform>Rückblicktest über %n zurückgehaltene letzte Periode, prognostiziert aus den Wochen davor (gestrichelt): Abweichung %1 (WAPE), Bias %2; der 80-%-Bereich traf in %3 der Fälle zu, der 95-%-Bereich in %4.</numerusform>
            <numerusform>Rückblicktest über %n zurückgehaltene letzte Perioden, prognostiziert aus den Wochen davor (gestrichelt): Abweichung %1 (WAPE), Bias %2; der 80-%-Bereich traf in %3 der Fälle zu, der 95-%-Bereich in %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over those periods it expected %1 units; %2 sold.</source>
        <translation>In diesen Perioden erwartete sie %1 Stück; verkauft wurden %2.</translation>
    </message>
    <message>
        <source>Supplier terms…</source>
        <translation>Lieferantenkonditionen…</translation>
    </message>
    <message>
        <source>Show variants by health</source>
        <translation>Varianten nach Bestandszustand anzeigen</translation>
    </message>
    <message>
        <source>Every variant</source>
        <translation>Alle Varianten</translation>
    </message>
    <message>
        <source>Find a SKU, product or vendor</source>
        <translation>SKU, Produkt oder Lieferant suchen</translation>
    </message>
    <message>
        <source>Lead time and service level per supplier</source>
        <translation>Lieferzeit und Servicegrad je Lieferant</translation>
    </message>
    <message>
        <source>Stock health</source>
        <translation>Bestandszustand</translation>
    </message>
    <message>
        <source>Reorders: what to buy now to stay in stock</source>
        <translation>Nachbestellungen: was Sie jetzt kaufen sollten, um lieferfähig zu bleiben</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Could not read the Inventory results: %1</source>
        <translation>Die Ergebnisse der Stufe Bestand konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No demand forecast yet. Import your orders export, and your inventory export for stock levels, then press Run.</source>
        <translation>Noch keine Bedarfsprognose. Importieren Sie den Export Ihrer Kundenbestellungen und für die Bestandsmengen Ihren Bestandsexport, und klicken Sie dann auf Ausführen.</translation>
    </message>
    <message>
        <source>%1 variants forecast from their sales.</source>
        <translation>%1 Varianten anhand ihrer Verkäufe prognostiziert.</translation>
    </message>
    <message>
        <source>No stock levels yet: import an inventory export to see cover, reorders and overstock.</source>
        <translation>Noch keine Bestandsmengen: Importieren Sie einen Bestandsexport, um Reichweite, Nachbestellungen und Überbestand zu sehen.</translation>
    </message>
    <message>
        <source>%1 out of stock and %2 to reorder now (%3 in sales at risk); %4 overstocked (%5 tied up).</source>
        <translation>%1 nicht vorrätig und %2 jetzt nachzubestellen (%3 Umsatz gefährdet); %4 mit Überbestand (%5 gebunden).</translation>
    </message>
    <message>
        <source>Backtest on the weeks held out (%1 variants): week by week the forecasts were off by %2 (WAPE), their totals over those weeks by %3; the 80 % and 95 % ranges held %4 and %5 of the time.</source>
        <translation>Rückblicktest auf den zurückgehaltenen Wochen (%1 Varianten): Woche für Woche lagen die Prognosen um %2 daneben (WAPE), ihre Summen über diese Wochen um %3; der 80-%- und der 95-%-Bereich trafen in %4 bzw. %5 der Fälle zu.</translation>
    </message>
    <message>
        <source>Select a variant to see its forecast.</source>
        <translation>Wählen Sie eine Variante aus, um ihre Prognose zu sehen.</translation>
    </message>
    <message>
        <source>This variant has not sold yet, so there is no demand to forecast.</source>
        <translation>Diese Variante wurde noch nicht verkauft, daher gibt es keine Nachfrage zu prognostizieren.</translation>
    </message>
    <message>
        <source>Supplier terms</source>
        <translation>Lieferantenkonditionen</translation>
    </message>
    <message>
        <source>Supplier terms saved; press Run to plan reorders with them.</source>
        <translation>Lieferantenkonditionen gespeichert; klicken Sie auf Ausführen, um die Nachbestellungen damit zu planen.</translation>
    </message>
</context>
<context>
    <name>flywheel::LiveSearch</name>
    <message>
        <source>Why a result is there</source>
        <translation>Warum ein Treffer erscheint</translation>
    </message>
    <message>
        <source>Search your catalog</source>
        <translation>Ihren Katalog durchsuchen</translation>
    </message>
    <message>
        <source>Search your catalog as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>Durchsuchen Sie Ihren Katalog wie ein Kunde, z. B. „rain jacket under 100“</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>How the search read the query</source>
        <translation>Wie die Suche die Anfrage gelesen hat</translation>
    </message>
    <message>
        <source>Where the selected result&apos;s score comes from</source>
        <translation>Woher die Punkte des gewählten Treffers kommen</translation>
    </message>
    <message>
        <source>How the search read it</source>
        <translation>Wie die Suche sie gelesen hat</translation>
    </message>
    <message numerus="yes">
        <source>Search your %n product(s) as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>
            <numerusform>Durchsuchen Sie Ihr %n Produkt wie ein Kunde, z. B. „rain jacket under 100“</numerusform>
            <numerusform>Durchsuchen Sie Ihre %n Produkte wie ein Kunde, z. B. „rain jacket under 100“</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query to see what your shoppers get, and why.</source>
        <translation>Geben Sie eine Suchanfrage ein, um zu sehen, was Ihre Kunden finden und warum.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Why “%1” is number %2</source>
        <translation>Warum „%1“ auf Platz %2 steht</translation>
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
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>Der Shop konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Neuer Shop…</translation>
    </message>
    <message>
        <source>Create an empty store file to import your exports into</source>
        <translation>Eine leere Shop-Datei anlegen, in die Sie Ihre Exporte importieren</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>Shop ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>Eine Shop-Datei öffnen</translation>
    </message>
    <message>
        <source>Open &amp;demo store</source>
        <translation>&amp;Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>Open a made-up shop to try Flywheel with (created the first time)</source>
        <translation>Einen erfundenen Shop öffnen, um Flywheel auszuprobieren (wird beim ersten Mal angelegt)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>Dateien &amp;importieren…</translation>
    </message>
    <message>
        <source>Bring exports from your shop (orders, customers, products, inventory) into this store</source>
        <translation>Exporte aus Ihrem Shop (Bestellungen, Kunden, Produkte, Bestand) in diesen Shop übernehmen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Analyse the store: every stage of the wheel reads your data and suggests actions</source>
        <translation>Den Shop analysieren: Jede Stufe des Kreislaufs liest Ihre Daten und schlägt Maßnahmen vor</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>Über&amp;geben</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Store name, currency, time zone, thresholds and the language of Flywheel</source>
        <translation>Name des Shops, Währung, Zeitzone, Schwellenwerte und die Sprache von Flywheel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Could not open the store</source>
        <translation>Der Shop konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>Unter %1 gibt es keine Shop-Datei.</translation>
    </message>
    <message>
        <source>Creating the demo store: writing a made-up shop&apos;s exports and importing them…</source>
        <translation>Der Demo-Shop wird angelegt: Die Exporte eines erfundenen Shops werden geschrieben und importiert…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Neuer Shop</translation>
    </message>
    <message>
        <source>Flywheel stores (*.flywheel)</source>
        <translation>Flywheel-Shops (*.flywheel)</translation>
    </message>
    <message>
        <source>Could not create the store</source>
        <translation>Der Shop konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open store….</source>
        <translation>%1 gibt es schon. Wählen Sie einen anderen Namen oder öffnen Sie die Datei mit Shop öffnen….</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Shop öffnen</translation>
    </message>
    <message>
        <source>Flywheel stores (*.flywheel);;All files (*)</source>
        <translation>Flywheel-Shops (*.flywheel);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Could not create the demo store</source>
        <translation>Der Demo-Shop konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 — Flywheel</source>
        <translation>%1 — Flywheel</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message numerus="yes">
        <source>Hand out the %n accepted action(s)</source>
        <translation>
            <numerusform>Die angenommene Maßnahme übergeben</numerusform>
            <numerusform>Die %n angenommenen Maßnahmen übergeben</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push yet: accept actions in the action queue first</source>
        <translation>Noch nichts zu übergeben: Nehmen Sie zuerst Maßnahmen in der Maßnahmenliste an</translation>
    </message>
    <message>
        <source>Nothing to run yet</source>
        <translation>Noch nichts auszuführen</translation>
    </message>
    <message>
        <source>This version of Flywheel has no analysis stages yet, so there is nothing to run. Your store is unchanged.</source>
        <translation>Diese Version von Flywheel hat noch keine Analysestufen, daher gibt es nichts auszuführen. Ihr Shop ist unverändert.</translation>
    </message>
    <message>
        <source>Running the wheel…</source>
        <translation>Der Kreislauf läuft…</translation>
    </message>
    <message>
        <source>Could not run the wheel</source>
        <translation>Der Kreislauf konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>The run was cancelled during %1; the stages before it kept their results.</source>
        <translation>Der Lauf wurde während %1 abgebrochen; die Stufen davor haben ihre Ergebnisse behalten.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>Die Stufe %1 ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>The wheel ran %n stage(s) in %1 s and suggested %2 action(s).</source>
        <translation>
            <numerusform>Der Kreislauf hat %n Stufe in %1 s ausgeführt und %2 Maßnahme(n) vorgeschlagen.</numerusform>
            <numerusform>Der Kreislauf hat %n Stufen in %1 s ausgeführt und %2 Maßnahme(n) vorgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Übergeben</translation>
    </message>
    <message>
        <source>Could not write the push files</source>
        <translation>Die Übergabedateien konnten nicht geschrieben werden</translation>
    </message>
    <message>
        <source>No file was written: the accepted actions have nothing to hand out yet.</source>
        <translation>Es wurde keine Datei geschrieben: Die angenommenen Maßnahmen haben noch nichts zu übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed into %1:</source>
        <translation>
            <numerusform>%n Maßnahme nach %1 übergeben:</numerusform>
            <numerusform>%n Maßnahmen nach %1 übergeben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the product files in your store&apos;s admin (Products › Import, overwriting existing products); enter each line of the synonyms file as a synonym group in your search app; import the redirects file under URL redirects; send each purchase order to its supplier.</source>
        <translation>Importieren Sie die Produktdateien in der Verwaltung Ihres Shops (Produkte › Importieren, vorhandene Produkte überschreiben); tragen Sie jede Zeile der Synonymdatei als Synonymgruppe in Ihrer Such-App ein; importieren Sie die Weiterleitungsdatei unter URL-Weiterleitungen; senden Sie jede Bestellung an ihren Lieferanten.</translation>
    </message>
    <message>
        <source>Save weekly &amp;report…</source>
        <translation>Wochenbericht &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the wheel&apos;s figures, momentum, waiting actions and outcomes as a PDF or a web page to read or share</source>
        <translation>Die Kennzahlen des Kreislaufs, ihre Entwicklung, wartende Maßnahmen und deren Wirkung als PDF oder Webseite speichern, zum Lesen oder Weitergeben</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) had nothing new to read and kept their results.</source>
        <translation>
            <numerusform>%n Stufe hatte nichts Neues zu lesen und hat ihre Ergebnisse behalten.</numerusform>
            <numerusform>%n Stufen hatten nichts Neues zu lesen und haben ihre Ergebnisse behalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly report %1.pdf</source>
        <translation>Wochenbericht %1.pdf</translation>
    </message>
    <message>
        <source>Save weekly report</source>
        <translation>Wochenbericht speichern</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html)</source>
        <translation>PDF-Dokumente (*.pdf);;Webseiten (*.html)</translation>
    </message>
    <message>
        <source>Writing the weekly report…</source>
        <translation>Wochenbericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Could not save the weekly report</source>
        <translation>Der Wochenbericht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved the weekly report to %1</source>
        <translation>Wochenbericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;About Flywheel</source>
        <translation>Ü&amp;ber Flywheel</translation>
    </message>
    <message>
        <source>Version, licence, and where your stores and settings are kept</source>
        <translation>Version, Lizenz und wo Ihre Shops und Einstellungen gespeichert sind</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Save &amp;anonymised copy…</source>
        <translation>&amp;Anonymisierte Kopie speichern…</translation>
    </message>
    <message>
        <source>Save a copy of this store to share, with your customers&apos; emails, names, phone numbers and addresses taken out</source>
        <translation>Eine Kopie dieses Shops zum Weitergeben speichern, ohne E-Mail-Adressen, Namen, Telefonnummern und Adressen Ihrer Kunden</translation>
    </message>
    <message>
        <source>Could not save the anonymised copy</source>
        <translation>Die anonymisierte Kopie konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>%1 anonymised.%2</source>
        <translation>%1 anonymisiert.%2</translation>
    </message>
    <message>
        <source>Save anonymised copy</source>
        <translation>Anonymisierte Kopie speichern</translation>
    </message>
    <message>
        <source>That is the open store itself. Choose another name for the copy.</source>
        <translation>Das ist der geöffnete Shop selbst. Wählen Sie einen anderen Namen für die Kopie.</translation>
    </message>
    <message>
        <source>Could not replace %1. Close it in any program using it, or choose another name.</source>
        <translation>%1 konnte nicht ersetzt werden. Schließen Sie sie in jedem Programm, das sie verwendet, oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Writing the anonymised copy…</source>
        <translation>Die anonymisierte Kopie wird geschrieben…</translation>
    </message>
    <message>
        <source>Anonymised copy saved</source>
        <translation>Anonymisierte Kopie gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1.

Its %n customer(s) have made-up emails and names; phone numbers, cities and postcodes are left out, and emails, long numbers and customers&apos; names are taken out of tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy opens in Flywheel like any store.

Read a few tickets in it before you share it: a street address a customer typed into a message stays.</source>
        <translation>
            <numerusform>%1 gespeichert.

Ihr %n Kunde hat erfundene E-Mail-Adressen und Namen; Telefonnummern, Orte und Postleitzahlen fehlen, und E-Mail-Adressen, lange Nummern und Kundennamen sind aus Tickets und Bewertungen entfernt. Produkte, Bestellungen, Beträge und Daten sind wie in Ihrem Shop, daher öffnet sich die Kopie in Flywheel wie jeder Shop.

Lesen Sie vor dem Weitergeben einige Tickets darin: Eine Straßenadresse, die ein Kunde in eine Nachricht geschrieben hat, bleibt stehen.</numerusform>
            <numerusform>%1 gespeichert.

Ihre %n Kunden haben erfundene E-Mail-Adressen und Namen; Telefonnummern, Orte und Postleitzahlen fehlen, und E-Mail-Adressen, lange Nummern und Kundennamen sind aus Tickets und Bewertungen entfernt. Produkte, Bestellungen, Beträge und Daten sind wie in Ihrem Shop, daher öffnet sich die Kopie in Flywheel wie jeder Shop.

Lesen Sie vor dem Weitergeben einige Tickets darin: Eine Straßenadresse, die ein Kunde in eine Nachricht geschrieben hat, bleibt stehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 gibt es bereits. Ersetzen?</translation>
    </message>
</context>
<context>
    <name>flywheel::MappingPage</name>
    <message>
        <source>Tell Flywheel which column is which</source>
        <translation>Flywheel sagen, welche Spalte was enthält</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the column that has each piece of information. Columns with similar names are already chosen; check them against the examples.</source>
        <translation>Wählen Sie, was die Datei enthält, und dann die Spalte für jede Angabe. Spalten mit ähnlichen Namen sind schon gewählt; prüfen Sie sie anhand der Beispiele.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>Die Datei &amp;enthält:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Zahlen:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>Datums&amp;format:</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <source>1,234.50 (decimal point)</source>
        <translation>1,234.50 (Dezimalpunkt)</translation>
    </message>
    <message>
        <source>1.234,50 (decimal comma)</source>
        <translation>1.234,50 (Dezimalkomma)</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Tag zuerst (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Monat zuerst (12/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Remember these columns for the next file laid out like this one</source>
        <translation>Diese Spalten für die nächste gleich aufgebaute Datei &amp;merken</translation>
    </message>
    <message>
        <source>%1: choose what the file holds, then the column that has each piece of information. Columns with similar names are already chosen; check them against the examples.</source>
        <translation>%1: Wählen Sie, was die Datei enthält, und dann die Spalte für jede Angabe. Spalten mit ähnlichen Namen sind schon gewählt; prüfen Sie sie anhand der Beispiele.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— nicht in dieser Datei —</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (z. B. %2)</translation>
    </message>
    <message>
        <source>Every needed column is chosen.</source>
        <translation>Alle erforderlichen Spalten sind gewählt.</translation>
    </message>
    <message>
        <source>Still needed: %1. If this file is not an export from your shop, go back and remove it.</source>
        <translation>Es fehlt noch: %1. Wenn diese Datei kein Export aus Ihrem Shop ist, gehen Sie zurück und entfernen Sie sie.</translation>
    </message>
</context>
<context>
    <name>flywheel::MerchActionList</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Write files</source>
        <translation>Dateien schreiben</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Merchandising actions</source>
        <translation>Merchandising-Maßnahmen</translation>
    </message>
    <message>
        <source>Writes the accepted collection orders (generic and Matrixify CSV) and a product file tagging the featured products “trending”</source>
        <translation>Schreibt die angenommenen Kollektionsreihenfolgen (allgemeine und Matrixify-CSV) und eine Produktdatei, die die hervorgehobenen Produkte mit dem Schlagwort „trending“ versieht</translation>
    </message>
    <message>
        <source>Collection order</source>
        <translation>Reihenfolge der Kollektion</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Hervorheben</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n Maßnahme vorgeschlagen, %1 angenommen</numerusform>
            <numerusform>%n Maßnahmen vorgeschlagen, %1 angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the matrixify-custom-collections file with Matrixify, or set each collection&apos;s order from its collection-order file; import the product file in your store&apos;s admin to tag the featured products. Your next exports show what the new order sold.</source>
        <translation>Importieren Sie die Datei matrixify-custom-collections mit Matrixify oder stellen Sie die Reihenfolge jeder Kollektion anhand ihrer collection-order-Datei ein; importieren Sie die Produktdatei in der Verwaltung Ihres Shops, um die hervorgehobenen Produkte zu verschlagworten. Ihre nächsten Exporte zeigen, was die neue Reihenfolge verkauft hat.</translation>
    </message>
</context>
<context>
    <name>flywheel::MerchandisingPanel</name>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Orders, last 4 weeks</source>
        <translation>Bestellungen, letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Searches, last 4 weeks</source>
        <translation>Suchen, letzte 4 Wochen</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Follows search</source>
        <translation>Folgt der Suche</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>No trend: the latest weeks are within the usual range of its baseline.</source>
        <translation>Kein Trend: Die letzten Wochen liegen im üblichen Bereich der Vergleichsbasis.</translation>
    </message>
    <message>
        <source>%1 since the week of %2: %3 against %4 expected, %5× its baseline, %6 sure.</source>
        <translation>%1 seit der Woche vom %2: %3 statt der erwarteten %4, das %5-Fache der Vergleichsbasis, zu %6 sicher.</translation>
    </message>
    <message>
        <source>It shows on the first page for “%1”, whose searches are trending; the chart is its own sales.</source>
        <translation>Es erscheint auf der ersten Trefferseite für „%1“, wonach gerade verstärkt gesucht wird; das Diagramm zeigt seinen eigenen Absatz.</translation>
    </message>
    <message>
        <source>Baseline: %1.</source>
        <translation>Vergleichsbasis: %1.</translation>
    </message>
    <message>
        <source>Its peers: %1.</source>
        <translation>Vergleichsgruppe: %1.</translation>
    </message>
    <message>
        <source>Show searches or products</source>
        <translation>Suchen oder Produkte anzeigen</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Trends</translation>
    </message>
    <message>
        <source>Trending against the season</source>
        <translation>Im Trend, gemessen an der Saison</translation>
    </message>
    <message>
        <source>Collection order: what sells and is in stock first</source>
        <translation>Reihenfolge der Kollektion: zuerst, was sich verkauft und vorrätig ist</translation>
    </message>
    <message>
        <source>Actions: new orders and products to feature</source>
        <translation>Maßnahmen: neue Reihenfolgen und hervorzuhebende Produkte</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Merchandising</translation>
    </message>
    <message>
        <source>Could not read the Merchandising results: %1</source>
        <translation>Die Ergebnisse der Stufe Merchandising konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No trends yet. Import your orders export and a site-search report (and a collections list and an inventory export for collection orders), then press Run.</source>
        <translation>Noch keine Trends. Importieren Sie Ihren Bestellexport und einen Bericht der Shopsuche (für Kollektionsreihenfolgen auch eine Kollektionsliste und einen Bestandsexport) und klicken Sie dann auf Ausführen.</translation>
    </message>
    <message>
        <source>%1 of %2 searches are trending up (weeks to %3).</source>
        <translation>%1 von %2 Suchen sind im Aufwärtstrend (Wochen bis %3).</translation>
    </message>
    <message>
        <source>No dated site-search report yet: import one to see trending searches.</source>
        <translation>Noch kein Bericht der Shopsuche mit Datum: Importieren Sie einen, um gefragte Suchen zu sehen.</translation>
    </message>
    <message>
        <source>%1 of %2 products are trending up, by their own sales or the searches that show them.</source>
        <translation>%1 von %2 Produkten sind im Aufwärtstrend, nach eigenem Absatz oder nach den Suchen, die sie zeigen.</translation>
    </message>
    <message>
        <source>%1 of the %2 first-10 places in %3 collections hold a product out of stock, nearly out or not on sale.</source>
        <translation>%1 der %2 Top-10-Plätze in %3 Kollektionen zeigen ein Produkt, das nicht vorrätig, fast ausverkauft oder nicht im Verkauf ist.</translation>
    </message>
    <message>
        <source>No collections yet: import a collections list to get suggested orders.</source>
        <translation>Noch keine Kollektionen: Importieren Sie eine Kollektionsliste, um Vorschläge für die Reihenfolge zu erhalten.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Select a search or product to see its weeks.</source>
        <translation>Wählen Sie eine Suche oder ein Produkt aus, um die Wochen zu sehen.</translation>
    </message>
</context>
<context>
    <name>flywheel::MomentumStrip</name>
    <message>
        <source>first analysed day</source>
        <translation>erster analysierter Tag</translation>
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
        <translation>Prüfen, wie die Dateien gelesen werden</translation>
    </message>
    <message>
        <source>The first rows of each file, as Flywheel will import them. Nothing is written to your store until you choose Import.</source>
        <translation>Die ersten Zeilen jeder Datei, so wie Flywheel sie importiert. In Ihren Shop wird nichts geschrieben, bevor Sie Importieren wählen.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Spalten wählen…</translation>
    </message>
    <message>
        <source>%1 cannot be read and will be skipped: %2</source>
        <translation>%1 kann nicht gelesen werden und wird übersprungen: %2</translation>
    </message>
    <message>
        <source>Flywheel does not recognise the columns of %1. Choose its columns, or go back and remove it.</source>
        <translation>Flywheel erkennt die Spalten von %1 nicht. Wählen Sie die Spalten oder gehen Sie zurück und entfernen Sie die Datei.</translation>
    </message>
    <message>
        <source>%1 lacks columns a %2 needs (%3); it will be skipped unless you choose its columns.</source>
        <translation>%1 fehlen Spalten, die als %2 nötig sind (%3); die Datei wird übersprungen, wenn Sie ihre Spalten nicht wählen.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2, with the columns you saved for this layout.</source>
        <translation>%1 wird als %2 gelesen, mit den Spalten, die Sie für diesen Aufbau gespeichert haben.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2, with the columns you chose.</source>
        <translation>%1 wird als %2 gelesen, mit den Spalten, die Sie gewählt haben.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2.</source>
        <translation>%1 wird als %2 gelesen.</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>Die Datei hat unter ihrer Kopfzeile keine Zeilen.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>Angezeigt werden die erste Zeile und die Spalten, die Flywheel liest.</numerusform>
            <numerusform>Angezeigt werden die ersten %n Zeilen und die Spalten, die Flywheel liest.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>Angezeigt werden die einzige Zeile und die Spalten, die Flywheel liest.</numerusform>
            <numerusform>Angezeigt werden alle %n Zeilen und die Spalten, die Flywheel liest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::PromotionsPanel</name>
    <message>
        <source>Sent out</source>
        <translation>Verschickt</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Purchase model (BG/NBD)</source>
        <translation>Kaufmodell (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma)</source>
        <translation>Ausgabenmodell (Gamma-Gamma)</translation>
    </message>
    <message numerus="yes">
        <source>%1 fitted on %n customer(s): %2.</source>
        <translation>
            <numerusform>%1, angepasst an %n Kunden: %2.</numerusform>
            <numerusform>%1, angepasst an %n Kunden: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Create promotion</source>
        <translation>Aktion erstellen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>Extra units</source>
        <translation>Zusätzliche Stück</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Zusätzlicher Umsatz</translation>
    </message>
    <message>
        <source>Extra margin</source>
        <translation>Zusätzliche Marge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Suggested promotions</source>
        <translation>Vorgeschlagene Aktionen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Writes the discount codes, the audience lists for Klaviyo and Mailchimp and an email draft into the store&apos;s push folder</source>
        <translation>Schreibt die Rabattcodes, die Zielgruppenlisten für Klaviyo und Mailchimp und einen E-Mail-Entwurf in den Übergabeordner des Shops</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Für wen</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Could not read the Promotions results: %1</source>
        <translation>Die Ergebnisse der Stufe Aktionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No customers yet. Import your orders export (and customers export for email addresses), then press Run.</source>
        <translation>Noch keine Kunden. Importieren Sie Ihren Bestellexport (und für die E-Mail-Adressen Ihren Kundenexport) und klicken Sie dann auf Ausführen.</translation>
    </message>
    <message>
        <source>%1 customers, %2 of them bought more than once; expected spend over the next 12 months %3.</source>
        <translation>%1 Kunden, davon %2 mit mehr als einem Kauf; erwartete Ausgaben in den nächsten 12 Monaten: %3.</translation>
    </message>
    <message>
        <source>No product needs a promotion: nothing is overstocked, ending its season or sitting unsold.</source>
        <translation>Kein Produkt braucht eine Aktion: Nichts hat Überbestand, läuft saisonal aus oder bleibt unverkauft liegen.</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) suggested for overstocked, seasonal, trending or slow products; each holds back a random control group so its effect can be measured.</source>
        <translation>
            <numerusform>%n Aktion für Produkte mit Überbestand, Saisonware, gefragte oder langsam verkaufte Produkte vorgeschlagen; jede hält eine zufällige Kontrollgruppe zurück, damit sich ihre Wirkung messen lässt.</numerusform>
            <numerusform>%n Aktionen für Produkte mit Überbestand, Saisonware, gefragte oder langsam verkaufte Produkte vorgeschlagen; jede hält eine zufällige Kontrollgruppe zurück, damit sich ihre Wirkung messen lässt.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Select a promotion to see why it is suggested and who it is for.</source>
        <translation>Wählen Sie eine Aktion aus, um zu sehen, warum sie vorgeschlagen wird und für wen sie gedacht ist.</translation>
    </message>
    <message>
        <source>%1 % off with personal codes %2-…, from %3 to %4. At the price response this product&apos;s sales show (elasticity %5), the %6 customers who get a code should buy %7 more units than the %8 they would buy anyway.</source>
        <translation>%1&#xa0;% Rabatt mit persönlichen Codes %2-…, vom %3 bis %4. Bei der Preisreaktion, die der Absatz dieses Produkts zeigt (Elastizität %5), sollten die %6 Kunden, die einen Code erhalten, %7 Stück mehr kaufen als die %8, die sie ohnehin kaufen würden.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), chosen at random, are held back and get nothing: the next import compares what the two groups bought.</source>
        <translation>
            <numerusform>%n zufällig ausgewählter Kunde wird zurückgehalten und erhält nichts: Der nächste Import vergleicht, was die beiden Gruppen gekauft haben.</numerusform>
            <numerusform>%n zufällig ausgewählte Kunden werden zurückgehalten und erhalten nichts: Der nächste Import vergleicht, was die beiden Gruppen gekauft haben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gets a code</source>
        <translation>Erhält Code</translation>
    </message>
    <message>
        <source>Import the discounts file with Matrixify (Shopify) or the codes file with your coupon importer, the audience file into Klaviyo or Mailchimp, and paste the email draft; put each customer&apos;s &quot;Discount Code&quot; where the draft says [Discount Code].</source>
        <translation>Importieren Sie die Rabattdatei mit Matrixify (Shopify) oder die Codedatei mit Ihrem Gutschein-Import, die Zielgruppendatei in Klaviyo oder Mailchimp, und fügen Sie den E-Mail-Entwurf ein; setzen Sie den „Discount Code“ jedes Kunden dort ein, wo im Entwurf [Discount Code] steht.</translation>
    </message>
</context>
<context>
    <name>flywheel::ReorderList</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Alle annehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>Bestellungen erstellen</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellmenge</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Bestellwert</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reorders</source>
        <translation>Nachbestellungen</translation>
    </message>
    <message>
        <source>Writes the accepted reorders as one purchase order (CSV) per vendor</source>
        <translation>Schreibt die angenommenen Nachbestellungen als eine Bestellung (CSV) je Lieferant</translation>
    </message>
    <message>
        <source>No vendor</source>
        <translation>Kein Lieferant</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n Nachbestellung vorgeschlagen, %1 angenommen</numerusform>
            <numerusform>%n Nachbestellungen vorgeschlagen, %1 angenommen</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 at cost)</source>
        <translation> (%1 zum Einstandspreis)</translation>
    </message>
    <message>
        <source>Send each file to its supplier. Your next inventory export shows the stock arriving, and Flywheel measures the days out of stock it saved.</source>
        <translation>Senden Sie jede Datei an ihren Lieferanten. Ihr nächster Bestandsexport zeigt den eintreffenden Bestand, und Flywheel misst, wie viele Tage ohne Bestand dadurch vermieden wurden.</translation>
    </message>
</context>
<context>
    <name>flywheel::SearchPanel</name>
    <message>
        <source>No site-search report analysed yet. Import your store&apos;s search report (Shopify, Google Analytics, Algolia or any CSV), then press Run. You can try your catalog&apos;s search below already.</source>
        <translation>Noch kein Bericht der Shopsuche analysiert. Importieren Sie den Suchbericht Ihres Shops (Shopify, Google Analytics, Algolia oder eine beliebige CSV-Datei) und klicken Sie dann auf Ausführen. Die Suche in Ihrem Katalog können Sie unten schon ausprobieren.</translation>
    </message>
    <message numerus="yes">
        <source>%1 searches for %n different quer(ies) in your reports.</source>
        <translation>
            <numerusform>%1 Suchen nach %n Suchanfrage in Ihren Berichten.</numerusform>
            <numerusform>%1 Suchen nach %n verschiedenen Suchanfragen in Ihren Berichten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported searches</source>
        <translation>Gemeldete Suchen</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>Try your store&apos;s search</source>
        <translation>Die Suche Ihres Shops ausprobieren</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Could not read the Search results: %1</source>
        <translation>Die Ergebnisse der Stufe Suche konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Synonyms (%1)</source>
        <translation>Synonyme (%1)</translation>
    </message>
    <message>
        <source>Could not prepare your catalog&apos;s search: %1</source>
        <translation>Die Suche in Ihrem Katalog konnte nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>Could not read the synonym groups: %1</source>
        <translation>Die Synonymgruppen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Could not queue the fix: %1</source>
        <translation>Die Korrektur konnte nicht vorgemerkt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them find nothing a shopper wants (%1 searches), %2 for things you do not carry.</source>
        <translation>
            <numerusform>%n davon findet nichts, was Kunden wollen (%1 Suchen), %2 nach Dingen, die Sie nicht im Sortiment haben.</numerusform>
            <numerusform>%n davon finden nichts, was Kunden wollen (%1 Suchen), %2 nach Dingen, die Sie nicht im Sortiment haben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n find only products that are out of stock.</source>
        <translation>
            <numerusform>%n findet nur Produkte, die nicht vorrätig sind.</numerusform>
            <numerusform>%n finden nur Produkte, die nicht vorrätig sind.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SearchTriage</name>
    <message>
        <source>Shoppers misspell a word your catalog has.</source>
        <translation>Kunden schreiben ein Wort falsch, das Ihr Katalog enthält.</translation>
    </message>
    <message>
        <source>Shoppers use a word your catalog does not.</source>
        <translation>Kunden verwenden ein Wort, das Ihr Katalog nicht verwendet.</translation>
    </message>
    <message>
        <source>A colour, size or price in the query rules out every match.</source>
        <translation>Eine Farbe, Größe oder ein Preis in der Suchanfrage schließt jeden Treffer aus.</translation>
    </message>
    <message>
        <source>It finds only products that are out of stock.</source>
        <translation>Sie findet nur Produkte, die nicht vorrätig sind.</translation>
    </message>
    <message>
        <source>Nothing in your catalog is what these shoppers look for.</source>
        <translation>Nichts in Ihrem Katalog ist das, was diese Kunden suchen.</translation>
    </message>
    <message>
        <source>It finds products shoppers can buy.</source>
        <translation>Sie findet Produkte, die Kunden kaufen können.</translation>
    </message>
    <message>
        <source>Queue this fix</source>
        <translation>Diese Korrektur vormerken</translation>
    </message>
    <message>
        <source>Show searches</source>
        <translation>Suchen anzeigen</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Mit Handlungsbedarf</translation>
    </message>
    <message>
        <source>All searches</source>
        <translation>Alle Suchen</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Suchanfrage</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Reported searches</source>
        <translation>Gemeldete Suchen</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <source>Typo</source>
        <translation>Tippfehler</translation>
    </message>
    <message>
        <source>Wording gap</source>
        <translation>Andere Wortwahl</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht vorrätig</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>Nicht im Sortiment</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No searches diagnosed yet.</source>
        <translation>Noch keine Suchen untersucht.</translation>
    </message>
    <message>
        <source>Select a search to try it above and see its fix.</source>
        <translation>Wählen Sie eine Suche, um sie oben auszuprobieren und ihre Korrektur zu sehen.</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Korrektur: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Queue these %n fixes</source>
        <translation>
            <numerusform>Diese %n Korrekturen vormerken</numerusform>
            <numerusform>Diese %n Korrekturen vormerken</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock it, or point shoppers to something close</source>
        <translation>Ins Sortiment aufnehmen oder Kunden auf Ähnliches verweisen</translation>
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
            <numerusform>%n Suche</numerusform>
            <numerusform>%n Suchen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) as typed</source>
        <translation>
            <numerusform>%n Treffer wie eingegeben</numerusform>
            <numerusform>%n Treffer wie eingegeben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SegmentChart</name>
    <message>
        <source>Customers (%)</source>
        <translation>Kunden (%)</translation>
    </message>
    <message>
        <source>Expected spend, next 12 months (%)</source>
        <translation>Erwartete Ausgaben, nächste 12 Monate (%)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Kundensegmente</translation>
    </message>
</context>
<context>
    <name>flywheel::ServicePanel</name>
    <message>
        <source>Queue this fix</source>
        <translation>Diese Korrektur vormerken</translation>
    </message>
    <message>
        <source>Tickets and negative tickets per week</source>
        <translation>Tickets und negative Tickets pro Woche</translation>
    </message>
    <message>
        <source>Customers write about</source>
        <translation>Worüber Kunden schreiben</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Anliegen</translation>
    </message>
    <message>
        <source>Other topics found</source>
        <translation>Weitere gefundene Themen</translation>
    </message>
    <message>
        <source>Discovered topics</source>
        <translation>Entdeckte Themen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Customers ask about</source>
        <translation>Kunden fragen nach</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Gefragt</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Gefährdeter Umsatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Content gaps</source>
        <translation>Inhaltslücken</translation>
    </message>
    <message>
        <source>Tickets behind the selected gap</source>
        <translation>Tickets hinter der gewählten Lücke</translation>
    </message>
    <message>
        <source>Content gaps: questions product pages do not answer</source>
        <translation>Inhaltslücken: Fragen, die Produktseiten nicht beantworten</translation>
    </message>
    <message>
        <source>What customers write about</source>
        <translation>Worüber Kunden schreiben</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Could not read the Service results: %1</source>
        <translation>Die Service-Ergebnisse konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No tickets analysed yet. Import your help desk&apos;s ticket export (Zendesk, Freshdesk, or any CSV through a column mapping) and your reviews, then press Run.</source>
        <translation>Noch keine Tickets analysiert. Importieren Sie den Ticketexport Ihres Helpdesks (Zendesk, Freshdesk oder jede CSV-Datei über eine Spaltenzuordnung) und Ihre Bewertungen, und klicken Sie dann auf Ausführen.</translation>
    </message>
    <message>
        <source>%1 tickets read. Last week: %2 tickets, %3 negative. %4 content gaps found.</source>
        <translation>%1 Tickets gelesen. Letzte Woche: %2 Tickets, %3 negativ. %4 Inhaltslücken gefunden.</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Alle Tickets</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativ</translation>
    </message>
    <message>
        <source>Common words: %1</source>
        <translation>Häufige Wörter: %1</translation>
    </message>
    <message>
        <source>Every ticket fits a known intent</source>
        <translation>Jedes Ticket passt zu einem bekannten Anliegen</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Vorgemerkt</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a gap to read the tickets behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie eine Lücke, um die Tickets dahinter zu lesen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n customer(s) asked about &lt;b&gt;%2&lt;/b&gt;, and the product page does not say.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n Kunde fragte nach &lt;b&gt;%2&lt;/b&gt;, und die Produktseite sagt nichts dazu.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n Kunden fragten nach &lt;b&gt;%2&lt;/b&gt;, und die Produktseite sagt nichts dazu.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>This gap has no action yet; press Run to propose it.</source>
        <translation>Zu dieser Lücke gibt es noch keine Maßnahme; klicken Sie auf Ausführen, um sie vorzuschlagen.</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
</context>
<context>
    <name>flywheel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Set the settings on this page back to Flywheel&apos;s defaults</source>
        <translation>Die Einstellungen auf dieser Seite auf die Standardwerte von Flywheel zurücksetzen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open a store to change its settings.</source>
        <translation>Öffnen Sie einen Shop, um seine Einstellungen zu ändern.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s settings: %1</source>
        <translation>Die Einstellungen des Shops konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Die Einstellungen wurden nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>flywheel::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
</context>
<context>
    <name>flywheel::SqlTableModel</name>
    <message>
        <source>loading…</source>
        <translation>wird geladen…</translation>
    </message>
    <message>
        <source>%1 (amount in the store&apos;s currency)</source>
        <translation>%1 (Betrag in der Währung des Shops)</translation>
    </message>
    <message>
        <source>%1 (time in the store&apos;s time zone, %2)</source>
        <translation>%1 (Zeit in der Zeitzone des Shops, %2)</translation>
    </message>
    <message>
        <source>(binary, %1 bytes)</source>
        <translation>(binär, %1 Bytes)</translation>
    </message>
</context>
<context>
    <name>flywheel::StoreBrowser</name>
    <message>
        <source>Tables</source>
        <translation>Tabellen</translation>
    </message>
    <message>
        <source>Filter rows: type text to find in any text column</source>
        <translation>Zeilen filtern: Text eingeben, der in einer beliebigen Textspalte gesucht wird</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rows contain “%1”.</source>
        <translation>Keine Zeile enthält „%1“.</translation>
    </message>
    <message>
        <source>This store is empty. To bring in your shop&apos;s exports, choose Import files… in the File menu.</source>
        <translation>Dieser Shop ist leer. Um die Exporte Ihres Shops zu übernehmen, wählen Sie im Menü Datei den Eintrag Dateien importieren….</translation>
    </message>
    <message>
        <source>This table is empty.</source>
        <translation>Diese Tabelle ist leer.</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Zeilen werden gezählt…</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Zeilen: %1 von %2</translation>
    </message>
</context>
<context>
    <name>flywheel::StoreShell</name>
    <message>
        <source>Home</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Action queue</source>
        <translation>Maßnahmenliste</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>&amp;Action queue</source>
        <translation>&amp;Maßnahmenliste</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Daten</translation>
    </message>
</context>
<context>
    <name>flywheel::SummaryPage</name>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <source>What each file added to your store.</source>
        <translation>Was jede Datei zu Ihrem Shop hinzugefügt hat.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>Diesen Import &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The import was undone: your store is as it was before.</source>
        <translation>Der Import wurde rückgängig gemacht: Ihr Shop ist wieder wie vorher.</translation>
    </message>
    <message>
        <source>Imported the wrong files? Undo takes everything this import added or changed back out of your store.</source>
        <translation>Die falschen Dateien importiert? Rückgängig entfernt alles, was dieser Import hinzugefügt oder geändert hat, wieder aus Ihrem Shop.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>Der Import wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>The import was cancelled. %1 of %2 files were imported before it stopped.</source>
        <translation>Der Import wurde abgebrochen. %1 von %2 Dateien wurden vorher importiert.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>Die Datei wurde importiert.</translation>
    </message>
    <message>
        <source>All %1 files were imported.</source>
        <translation>Alle %1 Dateien wurden importiert.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>Die Datei wurde nicht importiert.</translation>
    </message>
    <message>
        <source>None of the %1 files was imported.</source>
        <translation>Keine der %1 Dateien wurde importiert.</translation>
    </message>
    <message>
        <source>%1 of %2 files were imported.</source>
        <translation>%1 von %2 Dateien wurden importiert.</translation>
    </message>
    <message>
        <source>Not imported; nothing from this file was changed in your store. %1</source>
        <translation>Nicht importiert; aus dieser Datei wurde nichts in Ihrem Shop geändert. %1</translation>
    </message>
    <message>
        <source>Imported as a %1: %2 rows read, %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Importiert als %1: %2 Zeilen gelesen, %3 neu, %4 aktualisiert, %5 unverändert, %6 abgelehnt.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>Rejected rows were left out; the rest of the file was imported. Fix them in the file and import it again.</source>
        <translation>Abgelehnte Zeilen wurden ausgelassen; der Rest der Datei wurde importiert. Korrigieren Sie sie in der Datei und importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Show the rejects file</source>
        <translation>Datei mit abgelehnten Zeilen anzeigen</translation>
    </message>
    <message>
        <source>Flywheel did not recognise its columns and none were chosen.</source>
        <translation>Flywheel hat die Spalten nicht erkannt, und es wurden keine gewählt.</translation>
    </message>
    <message>
        <source>Skipped; nothing from this file was changed in your store. %1</source>
        <translation>Übersprungen; aus dieser Datei wurde nichts in Ihrem Shop geändert. %1</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are shown; the rejects file lists them all.</source>
        <translation>Die ersten %1 abgelehnten Zeilen werden angezeigt; die Datei mit abgelehnten Zeilen enthält alle.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Diesen Import rückgängig machen</translation>
    </message>
    <message>
        <source>Take everything this import added or changed back out of your store? Rows it updated get their earlier values back.</source>
        <translation>Alles, was dieser Import hinzugefügt oder geändert hat, wieder aus Ihrem Shop entfernen? Zeilen, die er aktualisiert hat, erhalten ihre früheren Werte zurück.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Der Import wird rückgängig gemacht…</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>Der Import wurde nicht rückgängig gemacht: %1</translation>
    </message>
    <message>
        <source>Only %1 of the files were undone: %2</source>
        <translation>Nur %1 der Dateien wurden rückgängig gemacht: %2</translation>
    </message>
</context>
<context>
    <name>flywheel::SupplierTermsDialog</name>
    <message>
        <source>Supplier terms</source>
        <translation>Lieferantenkonditionen</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Lieferant</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Lieferzeit</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Servicegrad</translation>
    </message>
    <message>
        <source>Lead time and service level per supplier</source>
        <translation>Lieferzeit und Servicegrad je Lieferant</translation>
    </message>
    <message>
        <source>No vendor</source>
        <translation>Kein Lieferant</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message numerus="yes">
        <source>store setting (%n day(s))</source>
        <translation>
            <numerusform>Shop-Einstellung (%n Tag)</numerusform>
            <numerusform>Shop-Einstellung (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>store setting (%1 %)</source>
        <translation>Shop-Einstellung (%1 %)</translation>
    </message>
    <message>
        <source>How long each supplier takes from order to shelf, and how often an order should find the product in stock. Reorder points and quantities follow from them.</source>
        <translation>Wie lange jeder Lieferant von der Bestellung bis ins Regal braucht und wie oft eine Kundenbestellung das Produkt vorrätig vorfinden soll. Daraus ergeben sich Meldebestände und Bestellmengen.</translation>
    </message>
</context>
<context>
    <name>flywheel::SynonymManager</name>
    <message>
        <source>Add as a new group</source>
        <translation>Als neue Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Words in a group find each other&apos;s products: with “jumper, sweater”, a shopper searching “jumper” sees your sweaters. Up to %1 synonyms a group, each up to %2 words; a word can be in only one group.</source>
        <translation>Die Wörter einer Gruppe finden gegenseitig ihre Produkte: Mit „Pulli, Pullover“ sieht ein Kunde, der nach „Pulli“ sucht, Ihre Pullover. Bis zu %1 Synonyme pro Gruppe, jedes mit bis zu %2 Wörtern; ein Wort kann nur in einer Gruppe stehen.</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Synonymgruppen</translation>
    </message>
    <message>
        <source>Synonyms of the group, separated by commas</source>
        <translation>Synonyme der Gruppe, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>jumper, sweater, pullover</source>
        <translation>Pulli, Pullover, Sweater</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>„%1“ gelöscht.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Angenommener Vorschlag</translation>
    </message>
    <message>
        <source>You accepted this group in the action queue; reopen or dismiss it there to change it.</source>
        <translation>Sie haben diese Gruppe in der Maßnahmenliste angenommen; um sie zu ändern, öffnen Sie sie dort wieder oder verwerfen Sie sie.</translation>
    </message>
    <message>
        <source>Added “%1”. Searches use it now.</source>
        <translation>„%1“ hinzugefügt. Die Suche verwendet die Gruppe ab sofort.</translation>
    </message>
    <message>
        <source>Saved “%1”. Searches use it now.</source>
        <translation>„%1“ gespeichert. Die Suche verwendet die Gruppe ab sofort.</translation>
    </message>
</context>
<context>
    <name>flywheel::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>flywheel::TrendChart</name>
    <message>
        <source>Weekly demand of the selected search or product against its baseline</source>
        <translation>Wöchentliche Nachfrage der ausgewählten Suche oder des ausgewählten Produkts gegenüber der Vergleichsbasis</translation>
    </message>
    <message>
        <source>Select a search or product to see its weeks.</source>
        <translation>Wählen Sie eine Suche oder ein Produkt aus, um die Wochen zu sehen.</translation>
    </message>
    <message>
        <source>Since the change</source>
        <translation>Seit der Veränderung</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichsbasis</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 pro Woche</translation>
    </message>
</context>
<context>
    <name>flywheel::WelcomePage</name>
    <message>
        <source>Open a store or the demo store</source>
        <translation>Einen Shop oder den Demo-Shop öffnen</translation>
    </message>
    <message>
        <source>A store is one file on this computer that holds your shop&apos;s exports: orders, products, customers and stock. The demo store is a made-up outdoor clothing shop to try Flywheel with.</source>
        <translation>Ein Shop ist eine Datei auf diesem Computer, die die Exporte Ihres Shops enthält: Bestellungen, Produkte, Kunden und Bestand. Der Demo-Shop ist ein erfundener Outdoor-Bekleidungsshop, um Flywheel auszuprobieren.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Zuletzt geöffnete Shops</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelHub</name>
    <message>
        <source>Action queue</source>
        <translation>Maßnahmenliste</translation>
    </message>
    <message>
        <source>No open actions. Open the action queue.</source>
        <translation>Keine offenen Maßnahmen. Die Maßnahmenliste öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), %1 accepted. Open the action queue.</source>
        <translation>
            <numerusform>%n offene Maßnahme, %1 angenommen. Die Maßnahmenliste öffnen.</numerusform>
            <numerusform>%n offene Maßnahmen, %1 angenommen. Die Maßnahmenliste öffnen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>offene Maßnahme</numerusform>
            <numerusform>offene Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Alles erledigt</translation>
    </message>
    <message>
        <source>no open actions</source>
        <translation>keine offenen Maßnahmen</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Noch keine Maßnahmen</translation>
    </message>
    <message>
        <source>Action queue ›</source>
        <translation>Maßnahmenliste ›</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelNode</name>
    <message>
        <source>This version of Flywheel cannot run this stage yet.</source>
        <translation>Diese Version von Flywheel kann diese Stufe noch nicht ausführen.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run to analyse the store.</source>
        <translation>Noch nicht ausgeführt. Klicken Sie auf Ausführen, um den Shop zu analysieren.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>Der letzte Lauf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The last run was cancelled.</source>
        <translation>Der letzte Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 (%2 since the previous run)</source>
        <translation>%1 (%2 seit dem vorigen Lauf)</translation>
    </message>
    <message>
        <source>Passed on to the next stage: %1.</source>
        <translation>An die nächste Stufe weitergegeben: %1.</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>Keine offenen Maßnahmen.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s).</source>
        <translation>
            <numerusform>%n offene Maßnahme.</numerusform>
            <numerusform>%n offene Maßnahmen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n Maßnahme</numerusform>
            <numerusform>%n Maßnahmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>Letzter Lauf fehlgeschlagen</translation>
    </message>
    <message>
        <source>Open the stage for what went wrong.</source>
        <translation>Öffnen Sie die Stufe, um zu sehen, was schiefging.</translation>
    </message>
    <message>
        <source>Coming later</source>
        <translation>Kommt später</translation>
    </message>
    <message>
        <source>This version cannot run this stage yet.</source>
        <translation>Diese Version kann diese Stufe noch nicht ausführen.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Noch nicht ausgeführt</translation>
    </message>
    <message>
        <source>Press Run to analyse your store.</source>
        <translation>Klicken Sie auf Ausführen, um Ihren Shop zu analysieren.</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>Ausgeführt: %1</translation>
    </message>
    <message>
        <source>%1 · last run failed</source>
        <translation>%1 · letzter Lauf fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelView</name>
    <message>
        <source>The wheel of stages</source>
        <translation>Der Kreislauf der Stufen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>Der Screenshot konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Turns your online store&apos;s exports into concrete next steps.</source>
        <translation>Macht aus den Exporten Ihres Onlineshops konkrete nächste Schritte.</translation>
    </message>
    <message>
        <source>The store file to open.</source>
        <translation>Die zu öffnende Shop-Datei.</translation>
    </message>
    <message>
        <source>Open the demo store, creating it on first use.</source>
        <translation>Den Demo-Shop öffnen und ihn beim ersten Mal anlegen.</translation>
    </message>
    <message>
        <source>Once the window has loaded, save a picture of it to FILE and quit.</source>
        <translation>Sobald das Fenster geladen ist, ein Bild davon in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>The page to show once the store is open: %1.</source>
        <translation>Die Seite, die nach dem Öffnen des Shops gezeigt wird: %1.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. The pages are: %2.</source>
        <translation>Es gibt keine Seite „%1“. Die Seiten sind: %2.</translation>
    </message>
</context>
</TS>
