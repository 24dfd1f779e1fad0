<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ServiceActions</name>
    <message numerus="yes">
        <source>%n customer(s) asked about %1 for %2 between %3 and %4, and the product page does not say. Revenue at risk: %5 (each customer who had to ask, at the product&apos;s selling price).</source>
        <translation>
            <numerusform>%n customer asked about %1 for %2 between %3 and %4, and the product page does not say. Revenue at risk: %5 (each customer who had to ask, at the product&apos;s selling price).</numerusform>
            <numerusform>%n customers asked about %1 for %2 between %3 and %4, and the product page does not say. Revenue at risk: %5 (each customer who had to ask, at the product&apos;s selling price).</numerusform>
        </translation>
    </message>
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
        <source>%n action(s) are accepted and ready to hand out (%1).</source>
        <translation>
            <numerusform>%n action is accepted and ready to hand out (%1).</numerusform>
            <numerusform>%n actions are accepted and ready to hand out (%1).</numerusform>
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
