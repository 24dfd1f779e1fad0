<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnonymiseCommands</name>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) and their messages anonymised.</source>
        <translation>
            <numerusform>Wrote %1: %n customer and their messages anonymised.</numerusform>
            <numerusform>Wrote %1: %n customers and their messages anonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AutoForecast</name>
    <message numerus="yes">
        <source>No exponential smoothing model fits a history of %n period(s).</source>
        <translation>
            <numerusform>No exponential smoothing model fits a history of %n period.</numerusform>
            <numerusform>No exponential smoothing model fits a history of %n periods.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value before the first known one were left out.</source>
        <translation>
            <numerusform>%n period without a value before the first known one was left out.</numerusform>
            <numerusform>%n periods without a value before the first known one were left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value were filled in from their neighbours.</source>
        <translation>
            <numerusform>%n period without a value was filled in from its neighbours.</numerusform>
            <numerusform>%n periods without a value were filled in from their neighbours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n one-off spike(s) were set to the usual level before fitting.</source>
        <translation>
            <numerusform>%n one-off spike was set to the usual level before fitting.</numerusform>
            <numerusform>%n one-off spikes were set to the usual level before fitting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CollectionRanking</name>
    <message numerus="yes">
        <source>only %n day(s) of cover left: kept below the products in stock</source>
        <translation>
            <numerusform>only %n day of cover left: kept below the products in stock</numerusform>
            <numerusform>only %n days of cover left: kept below the products in stock</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) of cover</source>
        <translation>
            <numerusform>%n week of cover</numerusform>
            <numerusform>%n weeks of cover</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message numerus="yes">
        <source>The demo store&apos;s history now runs to %1, %n week(s) past the generated history.</source>
        <translation>
            <numerusform>The demo store&apos;s history now runs to %1, %n week past the generated history.</numerusform>
            <numerusform>The demo store&apos;s history now runs to %1, %n weeks past the generated history.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentActions</name>
    <message numerus="yes">
        <source>%n review(s) say so; add to the description: “%1”.</source>
        <translation>
            <numerusform>%n review says so; add to the description: “%1”.</numerusform>
            <numerusform>%n reviews say so; add to the description: “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) asked about %1 for %2, and the page does not say. Revenue at risk: %3 (each customer who had to ask, at the product&apos;s selling price).</source>
        <translation>
            <numerusform>%n customer asked about %1 for %2, and the page does not say. Revenue at risk: %3 (each customer who had to ask, at the product&apos;s selling price).</numerusform>
            <numerusform>%n customers asked about %1 for %2, and the page does not say. Revenue at risk: %3 (each customer who had to ask, at the product&apos;s selling price).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1% of your %2 (%n product(s)) state it; this page does not.</source>
        <translation>
            <numerusform>%1% of your %2 (%n product) state it; this page does not.</numerusform>
            <numerusform>%1% of your %2 (%n products) state it; this page does not.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n product(s) “%1”</source>
        <translation>
            <numerusform>Tag %n product “%1”</numerusform>
            <numerusform>Tag %n products “%1”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContentStage</name>
    <message numerus="yes">
        <source>%n product(s) read; %1 attribute values; %2 answers and %3 other edits suggested</source>
        <translation>
            <numerusform>%n product read; %1 attribute values; %2 answers and %3 other edits suggested</numerusform>
            <numerusform>%n products read; %1 attribute values; %2 answers and %3 other edits suggested</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>%n attribute value</numerusform>
            <numerusform>%n attribute values</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message numerus="yes">
        <source>Purchase model (BG/NBD, weeks) on %n customer(s): r %1, alpha %2, a %3, b %4.</source>
        <translation>
            <numerusform>Purchase model (BG/NBD, weeks) on %n customer: r %1, alpha %2, a %3, b %4.</numerusform>
            <numerusform>Purchase model (BG/NBD, weeks) on %n customers: r %1, alpha %2, a %3, b %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Spend model (Gamma-Gamma, in %1) on %n repeat customer(s): p %2, q %3, v %4.</source>
        <translation>
            <numerusform>Spend model (Gamma-Gamma, in %1) on %n repeat customer: p %2, q %3, v %4.</numerusform>
            <numerusform>Spend model (Gamma-Gamma, in %1) on %n repeat customers: p %2, q %3, v %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EtsFit</name>
    <message numerus="yes">
        <source>%1 needs more history than %n period(s).</source>
        <translation>
            <numerusform>%1 needs more history than %n period.</numerusform>
            <numerusform>%1 needs more history than %n periods.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n row: %1</numerusform>
            <numerusform>%n rows: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ForecastCommands</name>
    <message numerus="yes">
        <source>%n row(s) without a readable date, SKU or quantity were skipped (%1).</source>
        <translation>
            <numerusform>%n row without a readable date, SKU or quantity was skipped (%1).</numerusform>
            <numerusform>%n rows without a readable date, SKU or quantity were skipped (%1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s) backtested on their last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range held %4 % of the time, the 95 % range %5 %.</source>
        <translation>
            <numerusform>%n forecast backtested on its last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range held %4 % of the time, the 95 % range %5 %.</numerusform>
            <numerusform>%n forecasts backtested on their last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range held %4 % of the time, the 95 % range %5 %.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryActions</name>
    <message numerus="yes">
        <source>%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point %5, order up to %6, for %n day(s) of lead time at a %7 % service level.</source>
        <translation>
            <numerusform>%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point %5, order up to %6, for %n day of lead time at a %7 % service level.</numerusform>
            <numerusform>%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point %5, order up to %6, for %n days of lead time at a %7 % service level.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the last %n held-out period(s) this forecast was off by %1 % (WAPE).</source>
        <translation>
            <numerusform>On the last %n held-out period this forecast was off by %1 % (WAPE).</numerusform>
            <numerusform>On the last %n held-out periods this forecast was off by %1 % (WAPE).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InventoryStage</name>
    <message numerus="yes">
        <source>%n variant(s) forecast; %1 to reorder, %2 out of stock, %3 overstocked</source>
        <translation>
            <numerusform>%n variant forecast; %1 to reorder, %2 out of stock, %3 overstocked</numerusform>
            <numerusform>%n variants forecast; %1 to reorder, %2 out of stock, %3 overstocked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overstocked variant(s)</source>
        <translation>
            <numerusform>%n overstocked variant</numerusform>
            <numerusform>%n overstocked variants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the next weeks of %n product(s) follow their searches (%1% closer to what sold over the last %2 weeks)</source>
        <translation>
            <numerusform>the next weeks of %n product follow their searches (%1% closer to what sold over the last %2 weeks)</numerusform>
            <numerusform>the next weeks of %n products follow their searches (%1% closer to what sold over the last %2 weeks)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message numerus="yes">
        <source>Customers asked about %1 %n time(s) (%2)</source>
        <translation>
            <numerusform>Customers asked about %1 %n time (%2)</numerusform>
            <numerusform>Customers asked about %1 %n times (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” searched %n time(s) without finding it: %2</source>
        <translation>
            <numerusform>“%1” searched %n time without finding it: %2</numerusform>
            <numerusform>“%1” searched %n times without finding it: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LoopCommands</name>
    <message numerus="yes">
        <source>%n action(s) accepted; &quot;flywheel-cli push --accepted --out DIR&quot; writes their files.</source>
        <translation>
            <numerusform>%n action accepted; &quot;flywheel-cli push --accepted --out DIR&quot; writes its files.</numerusform>
            <numerusform>%n actions accepted; &quot;flywheel-cli push --accepted --out DIR&quot; writes their files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) dismissed; they return only when their evidence grows.</source>
        <translation>
            <numerusform>%n action dismissed; it returns only when its evidence grows.</numerusform>
            <numerusform>%n actions dismissed; they return only when their evidence grows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MerchandisingActions</name>
    <message numerus="yes">
        <source>%n unit(s) in stock.</source>
        <translation>
            <numerusform>%n unit in stock.</numerusform>
            <numerusform>%n units in stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock, about %1 weeks of cover.</source>
        <translation>
            <numerusform>%n unit in stock, about %1 weeks of cover.</numerusform>
            <numerusform>%n units in stock, about %1 weeks of cover.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its first %1 products are out of stock, nearly out or not on sale; they move down.</source>
        <translation>
            <numerusform>%n of its first %1 products is out of stock, nearly out or not on sale; it moves down.</numerusform>
            <numerusform>%n of its first %1 products are out of stock, nearly out or not on sale; they move down.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MerchandisingStage</name>
    <message numerus="yes">
        <source>%n trending product(s)</source>
        <translation>
            <numerusform>%n trending product</numerusform>
            <numerusform>%n trending products</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NaiveForecast</name>
    <message numerus="yes">
        <source>Repeating the last season needs one full season (%n period(s)).</source>
        <translation>
            <numerusform>Repeating the last season needs one full season (%n period).</numerusform>
            <numerusform>Repeating the last season needs one full season (%n periods).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutcomesStage</name>
    <message numerus="yes">
        <source>%n action(s) measured this run (%1 clearly worked); %2 waiting for their window to pass. History up to %3.</source>
        <translation>
            <numerusform>%n action measured this run (%1 clearly worked); %2 waiting for their window to pass. History up to %3.</numerusform>
            <numerusform>%n actions measured this run (%1 clearly worked); %2 waiting for their window to pass. History up to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of momentum</source>
        <translation>
            <numerusform>%n figure of momentum</numerusform>
            <numerusform>%n figures of momentum</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionActions</name>
    <message numerus="yes">
        <source>Reaches %n customer(s); the effect cannot be forecast until customers have bought more than once. The control group will show it.</source>
        <translation>
            <numerusform>Reaches %n customer; the effect cannot be forecast until customers have bought more than once. The control group will show it.</numerusform>
            <numerusform>Reaches %n customers; the effect cannot be forecast until customers have bought more than once. The control group will show it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 extra units from %n customer(s) (%2 in revenue</source>
        <translation>
            <numerusform>About %1 extra units from %n customer (%2 in revenue</numerusform>
            <numerusform>About %1 extra units from %n customers (%2 in revenue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of the audience, chosen at random, are held back to measure the effect.</source>
        <translation>
            <numerusform>%n customer of the audience, chosen at random, is held back to measure the effect.</numerusform>
            <numerusform>%n customers of the audience, chosen at random, are held back to measure the effect.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promote %1: %2 % off for %n customer(s)</source>
        <translation>
            <numerusform>Promote %1: %2 % off for %n customer</numerusform>
            <numerusform>Promote %1: %2 % off for %n customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionPush</name>
    <message numerus="yes">
        <source>%1: %n customer(s) get a code; %2 held back as the control group are kept in the store and get nothing.</source>
        <translation>
            <numerusform>%1: %n customer gets a code; %2 held back as the control group are kept in the store and get nothing.</numerusform>
            <numerusform>%1: %n customers get a code; %2 held back as the control group are kept in the store and get nothing.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) without an email address left out.</source>
        <translation>
            <numerusform>%1: %n customer without an email address left out.</numerusform>
            <numerusform>%1: %n customers without an email address left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionsStage</name>
    <message numerus="yes">
        <source>%n customer(s) scored, %1 of them repeat buyers; %2 promotion(s) suggested.</source>
        <translation>
            <numerusform>%n customer scored, %1 of them repeat buyers; %2 promotion(s) suggested.</numerusform>
            <numerusform>%n customers scored, %1 of them repeat buyers; %2 promotion(s) suggested.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more product(s) with surplus stock wait until these are done (the %1 with the most money in surplus come first).</source>
        <translation>
            <numerusform>%n more product with surplus stock waits until these are done (the %1 with the most money in surplus come first).</numerusform>
            <numerusform>%n more products with surplus stock wait until these are done (the %1 with the most money in surplus come first).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be promoted: %1</source>
        <translation>
            <numerusform>%n product could not be promoted: %1</numerusform>
            <numerusform>%n products could not be promoted: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) with a control group</source>
        <translation>
            <numerusform>%n promotion with a control group</numerusform>
            <numerusform>%n promotions with a control group</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PurchaseModel</name>
    <message numerus="yes">
        <source>%n customer(s) have ordered so far, too few to estimate how often customers come back and how many stop buying; the estimates appear once at least %1 customers have ordered.</source>
        <translation>
            <numerusform>%n customer has ordered so far, too few to estimate how often customers come back and how many stop buying; the estimates appear once at least %1 customers have ordered.</numerusform>
            <numerusform>%n customers have ordered so far, too few to estimate how often customers come back and how many stop buying; the estimates appear once at least %1 customers have ordered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushCommands</name>
    <message numerus="yes">
        <source>%n action(s) pushed, %1 products; import the file in your store&apos;s admin (Products › Import, with “overwrite existing products”).</source>
        <translation>
            <numerusform>%n action pushed, %1 products; import the file in your store&apos;s admin (Products › Import, with “overwrite existing products”).</numerusform>
            <numerusform>%n actions pushed, %1 products; import the file in your store&apos;s admin (Products › Import, with “overwrite existing products”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Enter each line of the synonyms file as a synonym group in Shopify Search &amp; Discovery (Synonyms), and import the redirects file in Online Store › Navigation › URL redirects.</source>
        <translation>
            <numerusform>%n action pushed. Enter each line of the synonyms file as a synonym group in Shopify Search &amp; Discovery (Synonyms), and import the redirects file in Online Store › Navigation › URL redirects.</numerusform>
            <numerusform>%n actions pushed. Enter each line of the synonyms file as a synonym group in Shopify Search &amp; Discovery (Synonyms), and import the redirects file in Online Store › Navigation › URL redirects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) pushed as %1 purchase order(s); send each file to its supplier.</source>
        <translation>
            <numerusform>%n reorder pushed as %1 purchase order; send the file to its supplier.</numerusform>
            <numerusform>%n reorders pushed as %1 purchase order(s); send each file to its supplier.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Import the matrixify-custom-collections file with Matrixify (Shopify) or set each collection&apos;s order from its collection-order file, and import the merchandising product file (Products › Import, with “overwrite existing products”) to tag the featured products “trending”.</source>
        <translation>
            <numerusform>%n action pushed. Import the matrixify-custom-collections file with Matrixify (Shopify) or set each collection&apos;s order from its collection-order file, and import the merchandising product file (Products › Import, with “overwrite existing products”) to tag the featured products “trending”.</numerusform>
            <numerusform>%n actions pushed. Import the matrixify-custom-collections file with Matrixify (Shopify) or set each collection&apos;s order from its collection-order file, and import the merchandising product file (Products › Import, with “overwrite existing products”) to tag the featured products “trending”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) pushed. Import each discounts file with Matrixify (Shopify) or the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- file as the email audience, and send the email draft with each customer&apos;s Discount Code. The held-back control groups stay in the store.</source>
        <translation>
            <numerusform>%n promotion pushed. Import each discounts file with Matrixify (Shopify) or the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- file as the email audience, and send the email draft with each customer&apos;s Discount Code. The held-back control groups stay in the store.</numerusform>
            <numerusform>%n promotions pushed. Import each discounts file with Matrixify (Shopify) or the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- file as the email audience, and send the email draft with each customer&apos;s Discount Code. The held-back control groups stay in the store.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. %1 lists each file and the action behind it. Push one stage at a time (push --stage) to be told where each stage&apos;s files are imported.</source>
        <translation>
            <numerusform>%n action pushed. %1 lists each file and the action behind it. Push one stage at a time (push --stage) to be told where each stage&apos;s files are imported.</numerusform>
            <numerusform>%n actions pushed. %1 lists each file and the action behind it. Push one stage at a time (push --stage) to be told where each stage&apos;s files are imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushFolder</name>
    <message numerus="yes">
        <source>%n file(s) written into %1:</source>
        <translation>
            <numerusform>%n file written into %1:</numerusform>
            <numerusform>%n files written into %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryReading</name>
    <message numerus="yes">
        <source>%n product(s) match.</source>
        <translation>
            <numerusform>%n product matches.</numerusform>
            <numerusform>%n products match.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more would match without the filters.</source>
        <translation>
            <numerusform>%n more would match without the filters.</numerusform>
            <numerusform>%n more would match without the filters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message numerus="yes">
        <source>Shoppers searched “%1” %n time(s) and found nothing. %2 With this group they find %3 products, e.g. %4.</source>
        <translation>
            <numerusform>Shoppers searched “%1” %n time and found nothing. %2 With this group they find %3 products, e.g. %4.</numerusform>
            <numerusform>Shoppers searched “%1” %n times and found nothing. %2 With this group they find %3 products, e.g. %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” name a collection you have; a redirect shows the whole collection instead of a list of matches (/collections/%2).</source>
        <translation>
            <numerusform>%n search for “%1” names a collection you have; a redirect shows the whole collection instead of a list of matches (/collections/%2).</numerusform>
            <numerusform>%n searches for “%1” name a collection you have; a redirect shows the whole collection instead of a list of matches (/collections/%2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” found nothing, and no spelling or synonym finds a product of yours. Consider adding it to the range, or a page that points to what you have instead.</source>
        <translation>
            <numerusform>%n search for “%1” found nothing, and no spelling or synonym finds a product of yours. Consider adding it to the range, or a page that points to what you have instead.</numerusform>
            <numerusform>%n searches for “%1” found nothing, and no spelling or synonym finds a product of yours. Consider adding it to the range, or a page that points to what you have instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message numerus="yes">
        <source>%n product(s) match &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n product matches &quot;%1&quot;:</numerusform>
            <numerusform>%n products match &quot;%1&quot;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchLead</name>
    <message numerus="yes">
        <source>Sales of this product have followed its searches %n week(s) later, so the first %n week(s) of the forecast follow the searches already made.</source>
        <translation>
            <numerusform>Sales of this product have followed its searches %n week later, so the first week of the forecast follows the searches already made.</numerusform>
            <numerusform>Sales of this product have followed its searches %n weeks later, so the first %n weeks of the forecast follow the searches already made.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchStage</name>
    <message numerus="yes">
        <source>%n quer(ies) replayed; %1 find nothing, %2 of them not carried</source>
        <translation>
            <numerusform>%n query replayed; %1 find nothing, %2 of them not carried</numerusform>
            <numerusform>%n queries replayed; %1 find nothing, %2 of them not carried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmet quer(ies)</source>
        <translation>
            <numerusform>%n unmet query</numerusform>
            <numerusform>%n unmet queries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message numerus="yes">
        <source>%n ticket(s) asked about %1 across %2 products whose pages do not say; no single product stands out, so one store-wide answer helps most.</source>
        <translation>
            <numerusform>%n ticket asked about %1 across %2 products whose pages do not say; no single product stands out, so one store-wide answer helps most.</numerusform>
            <numerusform>%n tickets asked about %1 across %2 products whose pages do not say; no single product stands out, so one store-wide answer helps most.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) about %1 in the last four weeks. A saved reply answers them in seconds; an FAQ entry answers some before they are sent.</source>
        <translation>
            <numerusform>%n ticket about %1 in the last four weeks. A saved reply answers such tickets in seconds; an FAQ entry answers some before they are sent.</numerusform>
            <numerusform>%n tickets about %1 in the last four weeks. A saved reply answers them in seconds; an FAQ entry answers some before they are sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message numerus="yes">
        <source>%1 — %2: %n customer(s) asked; %3 %4 at risk</source>
        <translation>
            <numerusform>%1 — %2: %n customer asked; %3 %4 at risk</numerusform>
            <numerusform>%1 — %2: %n customers asked; %3 %4 at risk</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceStage</name>
    <message numerus="yes">
        <source>%n ticket(s) and %1 reviews read; %2 content gaps</source>
        <translation>
            <numerusform>%n ticket and %1 reviews read; %2 content gaps</numerusform>
            <numerusform>%n tickets and %1 reviews read; %2 content gaps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content gap(s)</source>
        <translation>
            <numerusform>%n content gap</numerusform>
            <numerusform>%n content gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SpendModel</name>
    <message numerus="yes">
        <source>%n customer(s) have paid for a second order so far, too few to estimate what customers will spend per order; the estimate appears once at least %1 customers have paid for a repeat order.</source>
        <translation>
            <numerusform>%n customer has paid for a second order so far, too few to estimate what customers will spend per order; the estimate appears once at least %1 customers have paid for a repeat order.</numerusform>
            <numerusform>%n customers have paid for a second order so far, too few to estimate what customers will spend per order; the estimate appears once at least %1 customers have paid for a repeat order.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::ActionDetailPane</name>
    <message numerus="yes">
        <source>%1, over %n day(s) after it is pushed.</source>
        <translation>
            <numerusform>%1, over %n day after it is pushed.</numerusform>
            <numerusform>%1, over %n days after it is pushed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueuePage</name>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>%1 of %n action</numerusform>
            <numerusform>%1 of %n actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::CollectionOrderView</name>
    <message numerus="yes">
        <source>%1 (%n product(s))</source>
        <translation>
            <numerusform>%1 (%n product)</numerusform>
            <numerusform>%1 (%n products)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::ContentPanel</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 and %n more</numerusform>
            <numerusform>%1 and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::HomePage</name>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln product</numerusform>
            <numerusform>%Ln products</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln ticket(s)</source>
        <translation>
            <numerusform>%Ln ticket</numerusform>
            <numerusform>%Ln tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln review(s)</source>
        <translation>
            <numerusform>%Ln review</numerusform>
            <numerusform>%Ln reviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pushed action(s) measured, %1 clearly worked</source>
        <translation>
            <numerusform>%n pushed action measured, %1 clearly worked</numerusform>
            <numerusform>%n pushed actions measured, %1 clearly worked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their window to pass</source>
        <translation>
            <numerusform>%n waiting for its window to pass</numerusform>
            <numerusform>%n waiting for their window to pass</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::InventoryPanel</name>
    <message numerus="yes">
        <source>%n period(s) out of stock are left out of the history (gaps in the line), not read as no demand.</source>
        <translation>
            <numerusform>%n period out of stock is left out of the history (gaps in the line), not read as no demand.</numerusform>
            <numerusform>%n periods out of stock are left out of the history (gaps in the line), not read as no demand.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Backtest on the last %n period(s), held out and forecast from the weeks before them (dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % range %4.</source>
        <translation>
            <numerusform>Backtest on the last %n period, held out and forecast from the weeks before it (dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % range %4.</numerusform>
            <numerusform>Backtest on the last %n periods, held out and forecast from the weeks before them (dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % range %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::LiveSearch</name>
    <message numerus="yes">
        <source>Search your %n product(s) as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>
            <numerusform>Search your %n product as a shopper would, e.g. “rain jacket under 100”</numerusform>
            <numerusform>Search your %n products as a shopper would, e.g. “rain jacket under 100”</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::MainWindow</name>
    <message numerus="yes">
        <source>Hand out the %n accepted action(s)</source>
        <translation>
            <numerusform>Hand out the accepted action</numerusform>
            <numerusform>Hand out the %n accepted actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The wheel ran %n stage(s) in %1 s and suggested %2 action(s).</source>
        <translation>
            <numerusform>The wheel ran %n stage in %1 s and suggested %2 action(s).</numerusform>
            <numerusform>The wheel ran %n stages in %1 s and suggested %2 action(s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed into %1:</source>
        <translation>
            <numerusform>%n action pushed into %1:</numerusform>
            <numerusform>%n actions pushed into %1:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) had nothing new to read and kept their results.</source>
        <translation>
            <numerusform>%n stage had nothing new to read and kept its results.</numerusform>
            <numerusform>%n stages had nothing new to read and kept their results.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1.

Its %n customer(s) have made-up emails and names; phone numbers, cities and postcodes are left out, and emails, long numbers and customers&apos; names are taken out of tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy opens in Flywheel like any store.

Read a few tickets in it before you share it: a street address a customer typed into a message stays.</source>
        <translation>
            <numerusform>Saved %1.

Its %n customer has made-up emails and names; phone numbers, cities and postcodes are left out, and emails, long numbers and customers&apos; names are taken out of tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy opens in Flywheel like any store.

Read a few tickets in it before you share it: a street address a customer typed into a message stays.</numerusform>
            <numerusform>Saved %1.

Its %n customers have made-up emails and names; phone numbers, cities and postcodes are left out, and emails, long numbers and customers&apos; names are taken out of tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy opens in Flywheel like any store.

Read a few tickets in it before you share it: a street address a customer typed into a message stays.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::MerchActionList</name>
    <message numerus="yes">
        <source>%n action(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n action proposed, %1 accepted</numerusform>
            <numerusform>%n actions proposed, %1 accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::PreviewPage</name>
    <message numerus="yes">
        <source>Showing the first %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>Showing the first row and the columns Flywheel reads.</numerusform>
            <numerusform>Showing the first %n rows and the columns Flywheel reads.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>Showing the only row and the columns Flywheel reads.</numerusform>
            <numerusform>Showing all %n rows and the columns Flywheel reads.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::PromotionsPanel</name>
    <message numerus="yes">
        <source>%1 fitted on %n customer(s): %2.</source>
        <translation>
            <numerusform>%1 fitted on %n customer: %2.</numerusform>
            <numerusform>%1 fitted on %n customers: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) suggested for overstocked, seasonal, trending or slow products; each holds back a random control group so its effect can be measured.</source>
        <translation>
            <numerusform>%n promotion suggested for overstocked, seasonal, trending or slow products; it holds back a random control group so its effect can be measured.</numerusform>
            <numerusform>%n promotions suggested for overstocked, seasonal, trending or slow products; each holds back a random control group so its effect can be measured.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), chosen at random, are held back and get nothing: the next import compares what the two groups bought.</source>
        <translation>
            <numerusform>%n customer, chosen at random, is held back and gets nothing: the next import compares what the two groups bought.</numerusform>
            <numerusform>%n customers, chosen at random, are held back and get nothing: the next import compares what the two groups bought.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::ReorderList</name>
    <message numerus="yes">
        <source>%n reorder(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n reorder proposed, %1 accepted</numerusform>
            <numerusform>%n reorders proposed, %1 accepted</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SearchPanel</name>
    <message numerus="yes">
        <source>%1 searches for %n different quer(ies) in your reports.</source>
        <translation>
            <numerusform>%1 searches for %n query in your reports.</numerusform>
            <numerusform>%1 searches for %n different queries in your reports.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them find nothing a shopper wants (%1 searches), %2 for things you do not carry.</source>
        <translation>
            <numerusform>%n of them finds nothing a shopper wants (%1 searches), %2 for things you do not carry.</numerusform>
            <numerusform>%n of them find nothing a shopper wants (%1 searches), %2 for things you do not carry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n find only products that are out of stock.</source>
        <translation>
            <numerusform>%n finds only products that are out of stock.</numerusform>
            <numerusform>%n find only products that are out of stock.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SearchTriage</name>
    <message numerus="yes">
        <source>Queue these %n fixes</source>
        <translation>
            <numerusform>Queue these %n fixes</numerusform>
            <numerusform>Queue these %n fixes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n search(es)</source>
        <translation>
            <numerusform>%n search</numerusform>
            <numerusform>%n searches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) as typed</source>
        <translation>
            <numerusform>%n result as typed</numerusform>
            <numerusform>%n results as typed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::ServicePanel</name>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n customer(s) asked about &lt;b&gt;%2&lt;/b&gt;, and the product page does not say.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n customer asked about &lt;b&gt;%2&lt;/b&gt;, and the product page does not say.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n customers asked about &lt;b&gt;%2&lt;/b&gt;, and the product page does not say.&lt;/p&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SupplierTermsDialog</name>
    <message numerus="yes">
        <source>store setting (%n day(s))</source>
        <translation>
            <numerusform>store setting (%n day)</numerusform>
            <numerusform>store setting (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::WheelHub</name>
    <message numerus="yes">
        <source>%n open action(s), %1 accepted. Open the action queue.</source>
        <translation>
            <numerusform>%n open action, %1 accepted. Open the action queue.</numerusform>
            <numerusform>%n open actions, %1 accepted. Open the action queue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>open action</numerusform>
            <numerusform>open actions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::WheelNode</name>
    <message numerus="yes">
        <source>%n open action(s).</source>
        <translation>
            <numerusform>%n open action.</numerusform>
            <numerusform>%n open actions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
</context>
</TS>
