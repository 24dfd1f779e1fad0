<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Aggregation</name>
    <message>
        <source>There are no dated quantities up to %1 to forecast from.</source>
        <translation>No hay cantidades con fecha hasta el %1 a partir de las cuales hacer una previsión.</translation>
    </message>
    <message>
        <source>The data runs from %1 to %2, which does not cover one complete period yet; forecast by a shorter period or add more history.</source>
        <translation>Los datos van del %1 al %2, lo que todavía no cubre un periodo completo; haz la previsión por un periodo más corto o añade más historial.</translation>
    </message>
</context>
<context>
    <name>AnonymiseCommands</name>
    <message>
        <source>Name the copy to write: flywheel-cli --db STORE anonymise --out FILE.flywheel</source>
        <translation>Indica la copia que se escribe: flywheel-cli --db TIENDA anonymise --out ARCHIVO.flywheel</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %n customer(s) and their messages anonymised.</source>
        <translation>
            <numerusform>Se escribió %1: %n cliente y sus mensajes anonimizados.</numerusform>
            <numerusform>Se escribió %1: %n clientes y sus mensajes anonimizados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnonymisedCopy</name>
    <message>
        <source>%1 already exists. Choose another name for the anonymised copy.</source>
        <translation>%1 ya existe. Elige otro nombre para la copia anonimizada.</translation>
    </message>
    <message>
        <source>Could not create %1 (%2). Choose a folder you can write to.</source>
        <translation>No se pudo crear %1 (%2). Elige una carpeta en la que puedas escribir.</translation>
    </message>
</context>
<context>
    <name>AppSettings</name>
    <message>
        <source>Could not save your preferences to %1. Check that the folder can be written to.</source>
        <translation>No se pudieron guardar tus preferencias en %1. Comprueba que se puede escribir en la carpeta.</translation>
    </message>
</context>
<context>
    <name>AttributeVocabulary</name>
    <message>
        <source>Waterproof</source>
        <translation>Impermeable</translation>
    </message>
    <message>
        <source>Washing and care</source>
        <translation>Lavado y cuidado</translation>
    </message>
    <message>
        <source>Size and fit</source>
        <translation>Talla y ajuste</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>Material</translation>
    </message>
    <message>
        <source>Dimensions</source>
        <translation>Medidas</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Warranty</source>
        <translation>Garantía</translation>
    </message>
    <message>
        <source>Compatibility</source>
        <translation>Compatibilidad</translation>
    </message>
    <message>
        <source>Warmth</source>
        <translation>Abrigo</translation>
    </message>
    <message>
        <source>Where it is made</source>
        <translation>Lugar de fabricación</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tallas</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Estampado</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Temporada</translation>
    </message>
    <message>
        <source>Performance features</source>
        <translation>Prestaciones</translation>
    </message>
</context>
<context>
    <name>AutoForecast</name>
    <message numerus="yes">
        <source>No exponential smoothing model fits a history of %n period(s).</source>
        <translation>
            <numerusform>Ningún modelo de suavizado exponencial se ajusta a un historial de %n periodo.</numerusform>
            <numerusform>Ningún modelo de suavizado exponencial se ajusta a un historial de %n periodos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown forecasting method.</source>
        <translation>Método de previsión desconocido.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value before the first known one were left out.</source>
        <translation>
            <numerusform>Se omitió %n periodo sin valor anterior al primer valor conocido.</numerusform>
            <numerusform>Se omitieron %n periodos sin valor anteriores al primer valor conocido.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) without a value were filled in from their neighbours.</source>
        <translation>
            <numerusform>Se completó %n periodo sin valor a partir de los periodos vecinos.</numerusform>
            <numerusform>Se completaron %n periodos sin valor a partir de los periodos vecinos.</numerusform>
        </translation>
    </message>
    <message>
        <source>The horizon must be between 1 and %1 periods; %2 was asked for.</source>
        <translation>El horizonte debe estar entre 1 y %1 periodos; se pidieron %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n one-off spike(s) were set to the usual level before fitting.</source>
        <translation>
            <numerusform>Se llevó %n pico puntual al nivel habitual antes de ajustar el modelo.</numerusform>
            <numerusform>Se llevaron %n picos puntuales al nivel habitual antes de ajustar el modelo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No demand in the history, so the forecast is zero.</source>
        <translation>No hay demanda en el historial, así que la previsión es cero.</translation>
    </message>
    <message>
        <source>Only one period of history: the forecast repeats it and cannot show a range yet.</source>
        <translation>Solo hay un periodo de historial: la previsión lo repite y todavía no puede mostrar un rango.</translation>
    </message>
    <message>
        <source>No model could forecast this history; the last value is repeated.</source>
        <translation>Ningún modelo pudo hacer una previsión con este historial; se repite el último valor.</translation>
    </message>
</context>
<context>
    <name>Backtest</name>
    <message>
        <source>A backtest of %1 period(s) from %2 origin(s) needs more than %3 periods of history; this one has %4.</source>
        <translation>Una prueba retrospectiva de %1 periodo(s) desde %2 origen(es) necesita más de %3 periodos de historial; este tiene %4.</translation>
    </message>
</context>
<context>
    <name>Batches</name>
    <message>
        <source>There is no import batch %1. Run &quot;flywheel-cli batches&quot; to list them.</source>
        <translation>No existe el lote de importación %1. Ejecuta «flywheel-cli batches» para verlos todos.</translation>
    </message>
    <message>
        <source>Import batch %1 was already undone on %2.</source>
        <translation>El lote de importación %1 ya se deshizo el %2.</translation>
    </message>
    <message>
        <source>Import batch %1 cannot be undone on its own: later imports (batch %2) changed or added to the same records. Undo those first, newest first; nothing was changed.</source>
        <translation>El lote de importación %1 no se puede deshacer por sí solo: importaciones posteriores (lote %2) cambiaron o ampliaron los mismos registros. Deshaz esas primero, empezando por la más reciente; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>Calendar</name>
    <message>
        <source>The time zone America/New_York is not available on this computer, so the demo store&apos;s order times cannot be written. Install the system&apos;s time zone data and try again.</source>
        <translation>La zona horaria America/New_York no está disponible en este ordenador, así que no se pueden escribir las horas de los pedidos de la tienda de demostración. Instala los datos de zonas horarias del sistema y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CategorySeason</name>
    <message>
        <source>The history shows no season of its own, so its category&apos;s seasonal pattern was applied at %1 % strength.</source>
        <translation>El historial no muestra una estacionalidad propia, así que se aplicó el patrón estacional de su categoría con una intensidad del %1 %.</translation>
    </message>
    <message>
        <source>%1 series came with %2 categories; each series needs one category (or none).</source>
        <translation>Se recibieron %1 series con %2 categorías; cada serie necesita una categoría (o ninguna).</translation>
    </message>
</context>
<context>
    <name>CollectionRanking</name>
    <message>
        <source>searches for “%1” up %2× (%3)</source>
        <translation>búsquedas de “%1” multiplicadas por %2 (%3)</translation>
    </message>
    <message>
        <source>sales up %1× (%2)</source>
        <translation>ventas multiplicadas por %1 (%2)</translation>
    </message>
    <message>
        <source>sales down to %1 % of the usual</source>
        <translation>ventas reducidas al %1&#xa0;% de lo habitual</translation>
    </message>
    <message>
        <source>out of stock: moved to the end</source>
        <translation>agotado: movido al final</translation>
    </message>
    <message>
        <source>not on sale (draft or archived): moved to the end</source>
        <translation>no está a la venta (borrador o archivado): movido al final</translation>
    </message>
    <message numerus="yes">
        <source>only %n day(s) of cover left: kept below the products in stock</source>
        <translation>
            <numerusform>solo queda %n día de cobertura: se mantiene por debajo de los productos en stock</numerusform>
            <numerusform>solo quedan %n días de cobertura: se mantiene por debajo de los productos en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>most of its sizes are out of stock: kept below the products in stock</source>
        <translation>la mayoría de sus tallas están agotadas: se mantiene por debajo de los productos en stock</translation>
    </message>
    <message>
        <source>%1 sold and %2 searches in the last %3 weeks</source>
        <translation>%1 vendidos y %2 búsquedas en las últimas %3 semanas</translation>
    </message>
    <message>
        <source>%1 sold per 100 search clicks</source>
        <translation>%1 vendidos por cada 100 clics de búsqueda</translation>
    </message>
    <message>
        <source>%1 % margin</source>
        <translation>margen del %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) of cover</source>
        <translation>
            <numerusform>%n semana de cobertura</numerusform>
            <numerusform>%n semanas de cobertura</numerusform>
        </translation>
    </message>
    <message>
        <source>stock not known</source>
        <translation>stock desconocido</translation>
    </message>
</context>
<context>
    <name>CollectionsImporter</name>
    <message>
        <source>collections list</source>
        <translation>lista de colecciones</translation>
    </message>
    <message>
        <source>the collection has no handle</source>
        <translation>la colección no tiene handle</translation>
    </message>
    <message>
        <source>no product in the store has this handle; import the products first</source>
        <translation>ningún producto de la tienda tiene este handle; importa primero los productos</translation>
    </message>
</context>
<context>
    <name>ColumnMapping</name>
    <message>
        <source>Could not open the column mapping %1 (%2).</source>
        <translation>No se pudo abrir la asignación de columnas %1 (%2).</translation>
    </message>
    <message>
        <source>The column mapping %1 is not valid JSON (%2 at byte %3).</source>
        <translation>La asignación de columnas %1 no es un JSON válido (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>The column mapping %1 names the delimiter &quot;%2&quot;; use one character such as &quot;,&quot; or &quot;;&quot;, or &quot;tab&quot;.</source>
        <translation>La asignación de columnas %1 indica el separador «%2»; usa un solo carácter, como «,» o «;», o «tab».</translation>
    </message>
    <message>
        <source>Could not save the column mapping to %1 (%2).</source>
        <translation>No se pudo guardar la asignación de columnas en %1 (%2).</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>%1: refused, nothing imported.
  %2</source>
        <translation>%1: rechazado, no se importó nada.
  %2</translation>
    </message>
    <message>
        <source>  A column mapping is a small JSON file given with --mapping FILE; the README shows one.</source>
        <translation>  Una asignación de columnas es un pequeño archivo JSON que se indica con --mapping ARCHIVO; el README muestra uno.</translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; batch %3: %4 rows, %5 inserted, %6 updated, %7 unchanged, %8 rejected</source>
        <translation>%1 (%2) -&gt; lote %3: %4 filas, %5 insertadas, %6 actualizadas, %7 sin cambios, %8 rechazadas</translation>
    </message>
    <message>
        <source>  rejected rows and their reasons: %1</source>
        <translation>  filas rechazadas y sus motivos: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  aviso: %1</translation>
    </message>
    <message>
        <source>Name the store with --db STORE (a file; it is created when missing).</source>
        <translation>Indica la tienda con --db TIENDA (un archivo; se crea si no existe).</translation>
    </message>
    <message>
        <source>rejected rows with line and reason (CSV)</source>
        <translation>filas rechazadas con línea y motivo (CSV)</translation>
    </message>
    <message>
        <source>column mapping for unknown layouts (JSON)</source>
        <translation>asignación de columnas para estructuras desconocidas (JSON)</translation>
    </message>
    <message>
        <source>Name the files to import: flywheel-cli --db STORE import FILE...</source>
        <translation>Indica los archivos que quieres importar: flywheel-cli --db TIENDA import ARCHIVO...</translation>
    </message>
    <message>
        <source>--as-of takes a date such as 2026-10-31.</source>
        <translation>--as-of espera una fecha como 2026-10-31.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 rows (%5 new, %6 changed, %7 rejected)%8
</source>
        <translation>%1  %2  %3  %4 filas (%5 nuevas, %6 cambiadas, %7 rechazadas)%8
</translation>
    </message>
    <message>
        <source>  undone %1</source>
        <translation>  deshecho el %1</translation>
    </message>
    <message>
        <source>Name one batch number: flywheel-cli --db STORE undo BATCH (see &quot;batches&quot;).</source>
        <translation>Indica un número de lote: flywheel-cli --db TIENDA undo LOTE (consulta «batches»).</translation>
    </message>
    <message>
        <source>Import batch %1 was taken out of the store.</source>
        <translation>El lote de importación %1 se ha retirado de la tienda.</translation>
    </message>
    <message>
        <source>--scale takes small, medium or large.</source>
        <translation>--scale espera small, medium o large.</translation>
    </message>
    <message>
        <source>--seed takes a whole number.</source>
        <translation>--seed espera un número entero.</translation>
    </message>
    <message>
        <source>Demo files and ground_truth.json are in %1</source>
        <translation>Los archivos de demostración y ground_truth.json están en %1</translation>
    </message>
    <message>
        <source>No analysis stages are installed in this version; imports and the data browser work without them.</source>
        <translation>En esta versión no hay etapas de análisis instaladas; las importaciones y el explorador de datos funcionan sin ellas.</translation>
    </message>
    <message>
        <source>%1: %2 in %3 ms, %4 actions. %5</source>
        <translation>%1: %2 en %3 ms, %4 acciones. %5</translation>
    </message>
    <message>
        <source>No actions yet.</source>
        <translation>Todavía no hay acciones.</translation>
    </message>
    <message>
        <source>Shopify product update: handle, title and the changed columns (CSV)</source>
        <translation>Actualización de productos de Shopify: handle, título y las columnas cambiadas (CSV)</translation>
    </message>
    <message>
        <source>WooCommerce product import: ID or SKU and the changed columns (CSV)</source>
        <translation>Importación de productos de WooCommerce: ID o SKU y las columnas cambiadas (CSV)</translation>
    </message>
    <message>
        <source>--advance takes a whole number of weeks.</source>
        <translation>--advance espera un número entero de semanas.</translation>
    </message>
    <message numerus="yes">
        <source>The demo store&apos;s history now runs to %1, %n week(s) past the generated history.</source>
        <translation>
            <numerusform>El historial de la tienda de demostración llega ahora hasta el %1, %n semana más allá del historial generado.</numerusform>
            <numerusform>El historial de la tienda de demostración llega ahora hasta el %1, %n semanas más allá del historial generado.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1: %2 orders (%3 lines), %4 new customers, %5 tickets, %6 reviews and %7 search report rows.</source>
        <translation>Desde el %1: %2 pedidos (%3 líneas), %4 clientes nuevos, %5 tickets, %6 reseñas y %7 filas del informe de búsquedas.</translation>
    </message>
    <message>
        <source>Files and ground_truth.json are in %1</source>
        <translation>Los archivos y ground_truth.json están en %1</translation>
    </message>
</context>
<context>
    <name>ContentActions</name>
    <message numerus="yes">
        <source>%n review(s) say so; add to the description: “%1”.</source>
        <translation>
            <numerusform>Lo dice %n reseña; añade a la descripción: “%1”.</numerusform>
            <numerusform>Lo dicen %n reseñas; añade a la descripción: “%1”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalog states it elsewhere; add to the description: “%1”.</source>
        <translation>El catálogo lo indica en otro lugar; añade a la descripción: “%1”.</translation>
    </message>
    <message>
        <source>Neither the catalog nor the reviews say; write the answer into: “%1”.</source>
        <translation>Ni el catálogo ni las reseñas lo dicen; escribe la respuesta en: “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer “%1” on the %2 page</source>
        <translation>Responder a “%1” en la página de %2</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) asked about %1 for %2, and the page does not say. Revenue at risk: %3 (each customer who had to ask, at the product&apos;s selling price).</source>
        <translation>
            <numerusform>%n cliente preguntó por %1 de %2 y la página no lo dice. Ingresos en riesgo: %3 (cada cliente que tuvo que preguntar, al precio de venta del producto).</numerusform>
            <numerusform>%n clientes preguntaron por %1 de %2 y la página no lo dice. Ingresos en riesgo: %3 (cada cliente que tuvo que preguntar, al precio de venta del producto).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer tickets asking about %1 for this product, and fewer returns for that reason</source>
        <translation>Menos tickets que preguntan por %1 de este producto y menos devoluciones por ese motivo</translation>
    </message>
    <message>
        <source>Tickets asking about %1 for %2, per 4 weeks</source>
        <translation>Tickets que preguntan por %1 de %2, cada 4 semanas</translation>
    </message>
    <message>
        <source>Add “%1” to the %2 page</source>
        <translation>Añadir “%1” a la página de %2</translation>
    </message>
    <message numerus="yes">
        <source>%1% of your %2 (%n product(s)) state it; this page does not.</source>
        <translation>
            <numerusform>El %1&#xa0;% de tus %2 (%n producto) lo indica; esta página no.</numerusform>
            <numerusform>El %1&#xa0;% de tus %2 (%n productos) lo indican; esta página no.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shoppers find the %1 on the page instead of asking or leaving</source>
        <translation>Los clientes encuentran el dato de %1 en la página en lugar de preguntar o marcharse</translation>
    </message>
    <message>
        <source>Orders of %1 and tickets about it, per 4 weeks</source>
        <translation>Pedidos de %1 y tickets sobre él, cada 4 semanas</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n product(s) “%1”</source>
        <translation>
            <numerusform>Añadir la etiqueta “%1” a %n producto</numerusform>
            <numerusform>Añadir la etiqueta “%1” a %n productos</numerusform>
        </translation>
    </message>
    <message>
        <source>Their pages say %1, but they lack the tag “%2” that %3 of your products carry, so filters, tag collections and searches by tag miss them: %4.</source>
        <translation>Sus páginas dicen %1, pero les falta la etiqueta “%2” que llevan %3 de tus productos, así que los filtros, las colecciones por etiqueta y las búsquedas por etiqueta no los encuentran: %4.</translation>
    </message>
    <message>
        <source>These products show up wherever the store lists “%1”</source>
        <translation>Estos productos aparecen allí donde la tienda muestra “%1”</translation>
    </message>
    <message>
        <source>Orders of these products, per 4 weeks</source>
        <translation>Pedidos de estos productos, cada 4 semanas</translation>
    </message>
</context>
<context>
    <name>ContentPush</name>
    <message>
        <source>“%1” was left out: fill in the part marked [[ ]] first, then accept it again.</source>
        <translation>Se dejó fuera “%1”: rellena primero la parte marcada con [[ ]] y vuelve a aceptarla.</translation>
    </message>
    <message>
        <source>%1 was left out: Flywheel writes product files for Shopify and WooCommerce; this product came from %2.</source>
        <translation>Se dejó fuera %1: Flywheel escribe archivos de productos para Shopify y WooCommerce; este producto vino de %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you may write to.</source>
        <translation>No se pudo crear la carpeta %1. Elige una carpeta en la que tengas permiso para escribir.</translation>
    </message>
</context>
<context>
    <name>ContentQueries</name>
    <message>
        <source>Action %1 has no suggested edit; press Run to bring the suggestions up to date.</source>
        <translation>La acción %1 no tiene ningún cambio sugerido; pulsa Ejecutar para actualizar las sugerencias.</translation>
    </message>
    <message>
        <source>Fill in the part marked [[ ]] with what is true for this product, then accept it.</source>
        <translation>Rellena la parte marcada con [[ ]] con lo que sea cierto para este producto y luego acéptala.</translation>
    </message>
</context>
<context>
    <name>ContentStage</name>
    <message>
        <source>content completeness (%)</source>
        <translation>completitud del contenido (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) read; %1 attribute values; %2 answers and %3 other edits suggested</source>
        <translation>
            <numerusform>%n producto leído; %1 valores de atributos; %2 respuestas y %3 cambios más sugeridos</numerusform>
            <numerusform>%n productos leídos; %1 valores de atributos; %2 respuestas y %3 cambios más sugeridos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attribute value(s)</source>
        <translation>
            <numerusform>%n valor de atributo</numerusform>
            <numerusform>%n valores de atributos</numerusform>
        </translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
</context>
<context>
    <name>ContentSuggestions</name>
    <message>
        <source>yes, water-resistant or no</source>
        <translation>sí, resistente al agua o no</translation>
    </message>
    <message>
        <source>how to wash it, e.g. machine wash cold</source>
        <translation>cómo lavarlo, p. ej., lavar a máquina en frío</translation>
    </message>
    <message>
        <source>e.g. true to size, runs small</source>
        <translation>p. ej., talla normal, talla pequeña</translation>
    </message>
    <message>
        <source>what it is made of</source>
        <translation>de qué está hecho</translation>
    </message>
    <message>
        <source>e.g. 30 × 20 × 10 cm</source>
        <translation>p. ej., 30 × 20 × 10 cm</translation>
    </message>
    <message>
        <source>e.g. 350 g</source>
        <translation>p. ej., 350 g</translation>
    </message>
    <message>
        <source>its colour</source>
        <translation>su color</translation>
    </message>
    <message>
        <source>e.g. solid, striped</source>
        <translation>p. ej., liso, de rayas</translation>
    </message>
    <message>
        <source>e.g. all-season, winter</source>
        <translation>p. ej., todo el año, invierno</translation>
    </message>
    <message>
        <source>e.g. breathable, windproof</source>
        <translation>p. ej., transpirable, cortavientos</translation>
    </message>
    <message>
        <source>e.g. insulated, warm to -10 °C</source>
        <translation>p. ej., con aislamiento, abriga hasta -10 °C</translation>
    </message>
    <message>
        <source>the country it is made in</source>
        <translation>el país donde se fabrica</translation>
    </message>
    <message>
        <source>e.g. 2-year warranty</source>
        <translation>p. ej., 2 años de garantía</translation>
    </message>
    <message>
        <source>what it works with</source>
        <translation>con qué es compatible</translation>
    </message>
    <message>
        <source>the answer customers ask for</source>
        <translation>la respuesta que piden los clientes</translation>
    </message>
    <message>
        <source>fill in: %1</source>
        <translation>rellenar: %1</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Could not open %1 (%2). Check that the file exists and that you may read it.</source>
        <translation>No se pudo abrir %1 (%2). Comprueba que el archivo existe y que tienes permiso para leerlo.</translation>
    </message>
    <message>
        <source>Could not read %1 (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is empty: it has no header line. Export the file again from its platform.</source>
        <translation>%1 está vacío: no tiene fila de encabezado. Vuelve a exportar el archivo desde su plataforma.</translation>
    </message>
    <message>
        <source>%1 is a spreadsheet workbook (Excel or similar), not a CSV file. Open it in your spreadsheet program, save it as &quot;CSV UTF-8&quot; and import that file.</source>
        <translation>%1 es un libro de hoja de cálculo (Excel o similar), no un archivo CSV. Ábrelo en tu programa de hojas de cálculo, guárdalo como «CSV UTF-8» e importa ese archivo.</translation>
    </message>
    <message>
        <source>%1 is not a text file: it holds binary data, as pictures, archives and programs do. Flywheel reads CSV exports; export the data again as CSV.</source>
        <translation>%1 no es un archivo de texto: contiene datos binarios, como las imágenes, los archivos comprimidos y los programas. Flywheel lee exportaciones CSV; vuelve a exportar los datos como CSV.</translation>
    </message>
    <message>
        <source>The record starting on line %1 of %2 runs on for more than %3 MB, which no export does: the file is damaged (often a quote that never closes) or is not an export. Export it again from its platform.</source>
        <translation>El registro que empieza en la línea %1 de %2 ocupa más de %3 MB, algo que ninguna exportación hace: el archivo está dañado (a menudo unas comillas que nunca se cierran) o no es una exportación. Vuelve a exportarlo desde su plataforma.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Could not create %1 (%2). Check that the folder exists and that you may write there.</source>
        <translation>No se pudo crear %1 (%2). Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>Could not write all of %1 (%2). The disk may be full; free some space and try again.</source>
        <translation>No se pudo escribir %1 por completo (%2). Puede que el disco esté lleno; libera espacio y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>CustomerCommands</name>
    <message>
        <source>No customer has an order yet: import an orders export first.</source>
        <translation>Todavía ningún cliente tiene un pedido: importa primero una exportación de pedidos.</translation>
    </message>
    <message>
        <source>customer                          segment              P(alive)  orders 90d  value 12 months  on discount</source>
        <translation>cliente                           segmento            P(activo) pedidos 90d   valor 12 meses    en oferta</translation>
    </message>
    <message numerus="yes">
        <source>Purchase model (BG/NBD, weeks) on %n customer(s): r %1, alpha %2, a %3, b %4.</source>
        <translation>
            <numerusform>Modelo de compra (BG/NBD, semanas) con %n cliente: r %1, alpha %2, a %3, b %4.</numerusform>
            <numerusform>Modelo de compra (BG/NBD, semanas) con %n clientes: r %1, alpha %2, a %3, b %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Purchase model: %1</source>
        <translation>Modelo de compra: %1</translation>
    </message>
    <message numerus="yes">
        <source>Spend model (Gamma-Gamma, in %1) on %n repeat customer(s): p %2, q %3, v %4.</source>
        <translation>
            <numerusform>Modelo de gasto (Gamma-Gamma, en %1) con %n cliente recurrente: p %2, q %3, v %4.</numerusform>
            <numerusform>Modelo de gasto (Gamma-Gamma, en %1) con %n clientes recurrentes: p %2, q %3, v %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Spend model: %1</source>
        <translation>Modelo de gasto: %1</translation>
    </message>
</context>
<context>
    <name>CustomerScores</name>
    <message>
        <source>Scoring customers was cancelled.</source>
        <translation>Se canceló la puntuación de los clientes.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The disk is full. Free some space and try again. (%1)</source>
        <translation>El disco está lleno. Libera espacio y vuelve a intentarlo. (%1)</translation>
    </message>
    <message>
        <source>The store is busy in another program or window. Close it there and try again. (%1)</source>
        <translation>La tienda está en uso en otro programa o ventana. Ciérrala allí y vuelve a intentarlo. (%1)</translation>
    </message>
    <message>
        <source>The store file is damaged or is not a Flywheel store. Open a backup copy. (%1)</source>
        <translation>El archivo de la tienda está dañado o no es una tienda de Flywheel. Abre una copia de seguridad. (%1)</translation>
    </message>
    <message>
        <source>The store file cannot be written or opened. Check that the folder exists and that you may write there. (%1)</source>
        <translation>El archivo de la tienda no se puede escribir ni abrir. Comprueba que la carpeta existe y que tienes permiso para escribir en ella. (%1)</translation>
    </message>
    <message>
        <source>The operation was cancelled.</source>
        <translation>La operación se ha cancelado.</translation>
    </message>
    <message>
        <source>The store reported an error: %1</source>
        <translation>La tienda ha informado de un error: %1</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>Abriendo %1</translation>
    </message>
    <message>
        <source>Reading or writing the store failed: the disk may be full, removed or failing. Free some space or check the drive, then try again. (%1)</source>
        <translation>No se pudo leer o escribir la tienda: puede que el disco esté lleno, se haya extraído o esté fallando. Libera espacio o revisa la unidad e inténtalo de nuevo. (%1)</translation>
    </message>
</context>
<context>
    <name>DemoAdvance</name>
    <message>
        <source>Advancing the demo store was cancelled.</source>
        <translation>Se ha cancelado el avance de la tienda de demostración.</translation>
    </message>
    <message>
        <source>This store was not created as a demo store, so there is no demo world to continue. Create a demo store (flywheel-cli --db NEW_STORE demo) and advance that one.</source>
        <translation>Esta tienda no se creó como tienda de demostración, así que no hay ningún mundo de demostración que continuar. Crea una tienda de demostración (flywheel-cli --db TIENDA_NUEVA demo) y haz avanzar esa.</translation>
    </message>
    <message>
        <source>A demo store advances by 1 to %1 weeks at a time; %2 is outside that. Choose a number of weeks in that range.</source>
        <translation>Una tienda de demostración avanza de 1 a %1 semanas cada vez; %2 queda fuera de ese rango. Elige un número de semanas dentro de él.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo store&apos;s next files. Check that you may write there, or choose another folder.</source>
        <translation>No se pudo crear la carpeta %1 para los siguientes archivos de la tienda de demostración. Comprueba que tienes permiso para escribir en ella o elige otra carpeta.</translation>
    </message>
</context>
<context>
    <name>DemoStore</name>
    <message>
        <source>Creating the demo store was cancelled.</source>
        <translation>Se ha cancelado la creación de la tienda de demostración.</translation>
    </message>
    <message>
        <source>No folder was given for the demo store&apos;s files. Choose a folder and try again.</source>
        <translation>No se indicó ninguna carpeta para los archivos de la tienda de demostración. Elige una carpeta y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Could not create the folder %1 for the demo store&apos;s files. Check that you may write there.</source>
        <translation>No se pudo crear la carpeta %1 para los archivos de la tienda de demostración. Comprueba que tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2). Check that the folder exists and that you may write there.</source>
        <translation>No se pudo escribir %1 (%2). Comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>Importing the demo store&apos;s files was cancelled.</source>
        <translation>Se ha cancelado la importación de los archivos de la tienda de demostración.</translation>
    </message>
</context>
<context>
    <name>DemoStoreBuilder</name>
    <message>
        <source>Could not create the folder %1.</source>
        <translation>No se pudo crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Could not save the demo store as %1.</source>
        <translation>No se pudo guardar la tienda de demostración como %1.</translation>
    </message>
</context>
<context>
    <name>Engine</name>
    <message>
        <source>side by side in the title</source>
        <translation>juntas en el título</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>ventas</translation>
    </message>
    <message>
        <source>out of stock</source>
        <translation>agotado</translation>
    </message>
    <message>
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <source>type</source>
        <translation>tipo</translation>
    </message>
    <message>
        <source>vendor</source>
        <translation>proveedor</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>etiquetas</translation>
    </message>
    <message>
        <source>attributes</source>
        <translation>atributos</translation>
    </message>
    <message>
        <source>description</source>
        <translation>descripción</translation>
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
        <translation>“%1” en %2</translation>
    </message>
    <message>
        <source>“%1” read as “%2” (typo) in %3</source>
        <translation>“%1” leído como “%2” (error de escritura) en %3</translation>
    </message>
    <message>
        <source>“%1” completed to “%2” in %3</source>
        <translation>“%1” completado como “%2” en %3</translation>
    </message>
    <message>
        <source>“%1” found as its synonym “%2” in %3</source>
        <translation>“%1” encontrado por su sinónimo “%2” en %3</translation>
    </message>
    <message>
        <source>“%1” found as “%2” in %3</source>
        <translation>“%1” encontrado como “%2” en %3</translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1, line %2, column &quot;%3&quot;: %4</source>
        <translation>%1, línea %2, columna «%3»: %4</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, línea %2: %3</translation>
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
        <translation>%1 admite como máximo %2 estados estacionales; un ciclo de %3 periodos es demasiado largo para él.</translation>
    </message>
    <message numerus="yes">
        <source>%1 needs more history than %n period(s).</source>
        <translation>
            <numerusform>%1 necesita más historial que %n periodo.</numerusform>
            <numerusform>%1 necesita más historial que %n periodos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 multiplies and needs every value above zero.</source>
        <translation>%1 es multiplicativo y necesita que todos los valores sean mayores que cero.</translation>
    </message>
    <message>
        <source>%1 found no admissible start on this history.</source>
        <translation>%1 no encontró un punto de partida admisible para este historial.</translation>
    </message>
    <message>
        <source>%1 found no admissible parameters on this history.</source>
        <translation>%1 no encontró parámetros admisibles para este historial.</translation>
    </message>
</context>
<context>
    <name>EvidenceText</name>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Rows of %1</source>
        <translation>Filas de %1</translation>
    </message>
    <message>
        <source>Signal: %1 %2</source>
        <translation>Señal: %1 %2</translation>
    </message>
    <message>
        <source>Signal: %1</source>
        <translation>Señal: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s): %1</source>
        <translation>
            <numerusform>%n fila: %1</numerusform>
            <numerusform>%n filas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <source>No evidence was recorded for this action.</source>
        <translation>No se registraron pruebas para esta acción.</translation>
    </message>
</context>
<context>
    <name>FlywheelCli</name>
    <message>
        <source>The store file to use (created when missing).</source>
        <translation>El archivo de tienda que se usará (se crea si no existe).</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>TIENDA</translation>
    </message>
    <message>
        <source>Print machine-readable JSON.</source>
        <translation>Mostrar JSON legible por máquinas.</translation>
    </message>
    <message>
        <source>import: read the files as this format.</source>
        <translation>import: leer los archivos con este formato.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>import: a column mapping JSON file for a layout Flywheel does not recognise.</source>
        <translation>import: un archivo JSON de asignación de columnas para una estructura que Flywheel no reconoce.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ARCHIVO</translation>
    </message>
    <message>
        <source>import: the day inventory levels were read (YYYY-MM-DD); default: the file&apos;s date.</source>
        <translation>import: el día en que se leyeron los niveles de inventario (AAAA-MM-DD); por defecto: la fecha del archivo.</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>FECHA</translation>
    </message>
    <message>
        <source>import: where rejects files go (default: beside the store).</source>
        <translation>import: dónde se guardan los archivos de filas rechazadas (por defecto: junto a la tienda).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>CARPETA</translation>
    </message>
    <message>
        <source>demo: small, medium or large.</source>
        <translation>demo: small, medium o large.</translation>
    </message>
    <message>
        <source>SCALE</source>
        <translation>TAMAÑO</translation>
    </message>
    <message>
        <source>demo, run: the random seed.</source>
        <translation>demo, run: la semilla aleatoria.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What to do (see the list above).</source>
        <translation>Qué hacer (consulta la lista de arriba).</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;flywheel-cli --help&quot; for the list.</source>
        <translation>Comando desconocido «%1». Ejecuta «flywheel-cli --help» para ver la lista.</translation>
    </message>
    <message>
        <source>run, actions, push: only this stage.</source>
        <translation>run, actions, push: solo esta etapa.</translation>
    </message>
    <message>
        <source>forecast: the sales file (CSV with date,sku,qty).</source>
        <translation>forecast: el archivo de ventas (CSV con date,sku,qty).</translation>
    </message>
    <message>
        <source>forecast: how many periods ahead.</source>
        <translation>forecast: cuántos periodos hacia delante.</translation>
    </message>
    <message>
        <source>forecast: day, week or month (default week).</source>
        <translation>forecast: day, week o month (por defecto: week).</translation>
    </message>
    <message>
        <source>PERIOD</source>
        <translation>PERIODO</translation>
    </message>
    <message>
        <source>search: how many results.</source>
        <translation>search: cuántos resultados.</translation>
    </message>
    <message>
        <source>search: show which words, fields and rules gave each result its score.</source>
        <translation>search: mostrar qué palabras, campos y reglas dieron a cada resultado su puntuación.</translation>
    </message>
    <message>
        <source>search: a file with one query per line.</source>
        <translation>search: un archivo con una consulta por línea.</translation>
    </message>
    <message>
        <source>forecast: only the variants with this SKU.</source>
        <translation>forecast: solo las variantes con este SKU.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>demo: write and import the demo store&apos;s next WEEKS weeks.</source>
        <translation>demo: escribir e importar las próximas SEMANAS semanas de la tienda de demostración.</translation>
    </message>
    <message>
        <source>WEEKS</source>
        <translation>SEMANAS</translation>
    </message>
    <message>
        <source>run: run every stage, even those with nothing new to read.</source>
        <translation>run: ejecutar todas las etapas, incluso las que no tienen nada nuevo que leer.</translation>
    </message>
    <message>
        <source>push: every accepted action.</source>
        <translation>push: todas las acciones aceptadas.</translation>
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
        <translation>El motor de Flywheel sin ventana: importa las exportaciones de la tienda, ejecuta los análisis y lista las acciones.

Comandos:
  formats                       todos los formatos que lee Flywheel
  import ARCHIVO...             importar archivos exportados a la tienda
  stats                         número de filas de las tablas de la tienda
  batches                       las importaciones hechas hasta ahora
  undo LOTE                     retirar una importación de la tienda
  demo                          crear la tienda de demostración (archivos y tienda)
  demo --advance SEMANAS        las próximas semanas de la tienda de demostración, que reaccionan a las acciones enviadas hasta ahora
  run                           ejecutar las etapas del ciclo
  actions                       listar las acciones recomendadas
  tickets                       tickets con su sentimiento, motivo, etiquetas, productos y preguntas
  gaps                          vacíos de contenido: lo que preguntan los clientes y las páginas de producto no dicen
  accept ID...                  aceptar acciones
  dismiss ID...                 descartar acciones (solo vuelven si aumentan sus pruebas)
  push (ID...|--accepted) --out CARPETA  escribir estas acciones, o todas las aceptadas, como archivos para importar, con un manifiesto
  push --stage ETAPA --out CARPETA  lo mismo para las acciones aceptadas de content, search, merchandising, inventory o promotions
  outcomes                      qué logró cada acción enviada o cuándo se medirá
  report --out ARCHIVO          el informe semanal como página web (.html) o como PDF en A4 (.pdf)
  anonymise --out ARCHIVO       una copia de la tienda para compartir, sin los correos, nombres, teléfonos ni direcciones de los clientes
  forecast --series ARCHIVO --horizon N  prever cada SKU de un archivo de ventas con date,sku,qty (no hace falta tienda)
  forecast [--sku SKU]          prever las variantes de la tienda (--horizon en semanas)
  backtest                      cuánto acertó la previsión de cada variante en sus últimas semanas reservadas
  search PALABRAS...            buscar en el catálogo como los clientes (--explain muestra por qué aparece cada resultado)
  search --batch ARCHIVO        una consulta por línea, una línea JSON de resultados por consulta
  customers                     el segmento de cada cliente, la probabilidad de que siga siendo cliente, los pedidos esperados y su valor
  clv                           los parámetros ajustados de los modelos de compra y de gasto</translation>
    </message>
    <message>
        <source>demo: folder for the export files (default: beside the store); push: folder for the product files (default: the current folder); report: the file to write (.html or .pdf); anonymise: the copy to write.</source>
        <translation>demo: carpeta para los archivos exportados (por defecto: junto a la tienda); push: carpeta para los archivos de productos (por defecto: la carpeta actual); report: el archivo que se escribe (.html o .pdf); anonymise: la copia que se escribe.</translation>
    </message>
</context>
<context>
    <name>ForecastCommands</name>
    <message>
        <source>%1: no forecast. %2</source>
        <translation>%1: sin previsión. %2</translation>
    </message>
    <message>
        <source>  period        forecast      80 % range          95 % range</source>
        <translation>  periodo      previsión      rango 80 %          rango 95 %</translation>
    </message>
    <message>
        <source>--horizon takes a whole number of periods from 1 to %1, such as 12.</source>
        <translation>--horizon espera un número entero de periodos entre 1 y %1, como 12.</translation>
    </message>
    <message>
        <source>--by takes day, week or month.</source>
        <translation>--by espera day, week o month.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) without a readable date, SKU or quantity were skipped (%1).</source>
        <translation>
            <numerusform>Se omitió %n fila sin fecha, SKU o cantidad legibles (%1).</numerusform>
            <numerusform>Se omitieron %n filas sin fecha, SKU o cantidad legibles (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>No variant in this store has the SKU &quot;%1&quot;. Check the spelling, or run without --sku to forecast every variant.</source>
        <translation>Ninguna variante de esta tienda tiene el SKU «%1». Comprueba la ortografía o ejecuta el comando sin --sku para prever todas las variantes.</translation>
    </message>
    <message>
        <source>No variant has enough sales history for a backtest yet (16 periods).</source>
        <translation>Todavía ninguna variante tiene suficiente historial de ventas para una prueba retrospectiva (16 periodos).</translation>
    </message>
    <message numerus="yes">
        <source>%n forecast(s) backtested on their last periods held out: WAPE %1 %, bias %2 %, MASE %3; the 80 % range held %4 % of the time, the 95 % range %5 %.</source>
        <translation>
            <numerusform>%n previsión sometida a prueba retrospectiva en sus últimos periodos reservados: WAPE %1 %, sesgo %2 %, MASE %3; el rango del 80 % acertó el %4 % de las veces; el del 95 %, el %5 %.</numerusform>
            <numerusform>%n previsiones sometidas a prueba retrospectiva en sus últimos periodos reservados: WAPE %1 %, sesgo %2 %, MASE %3; el rango del 80 % acertó el %4 % de las veces; el del 95 %, el %5 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the sales file: flywheel-cli forecast --series FILE --horizon N (a CSV with date,sku,qty), or the store: flywheel-cli --db STORE forecast.</source>
        <translation>Indica el archivo de ventas: flywheel-cli forecast --series ARCHIVO --horizon N (un CSV con date,sku,qty), o la tienda: flywheel-cli --db TIENDA forecast.</translation>
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
        <translation>sin cambios</translation>
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
        <translation>%1 p. p.</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>hace %n hora</numerusform>
            <numerusform>hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryRepair</name>
    <message>
        <source>No period of the history has a value; there is nothing to forecast from.</source>
        <translation>Ningún periodo del historial tiene valor; no hay nada a partir de lo cual hacer una previsión.</translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>the line has %1 of the %2 columns: it was cut off or a quote was left open; check the file or export it again</source>
        <translation>la línea tiene %1 de las %2 columnas: se cortó o quedaron unas comillas sin cerrar; revisa el archivo o vuelve a exportarlo</translation>
    </message>
    <message>
        <source>Flywheel does not know the format &quot;%1&quot;. Run &quot;flywheel-cli formats&quot; to list the formats it reads.</source>
        <translation>Flywheel no conoce el formato «%1». Ejecuta «flywheel-cli formats» para ver los formatos que lee.</translation>
    </message>
    <message>
        <source>The columns of this file (%1) match no export format Flywheel reads. Check that it is an export from your store, help desk or inventory tool; if it is, import it with a column mapping that names which of its columns is which.</source>
        <translation>Las columnas de este archivo (%1) no coinciden con ningún formato de exportación que lea Flywheel. Comprueba que sea una exportación de tu tienda, de tu servicio de ayuda o de tu herramienta de inventario; si lo es, impórtalo con una asignación de columnas que indique qué es cada columna.</translation>
    </message>
    <message>
        <source>A %1 needs the column(s) %2, which this file does not have. Export the file again with all its columns, or import it with a column mapping.</source>
        <translation>Como %1, el archivo necesita la(s) columna(s) %2, que no tiene. Vuelve a exportar el archivo con todas sus columnas o impórtalo con una asignación de columnas.</translation>
    </message>
    <message>
        <source>the line has %1 columns where the header has %2; a value may contain an unquoted delimiter</source>
        <translation>la línea tiene %1 columnas y el encabezado %2; puede que un valor contenga un separador sin comillas</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing from this file was kept.</source>
        <translation>Se canceló la importación; no se conservó nada de este archivo.</translation>
    </message>
    <message>
        <source>This exact file was imported before (batch %1); nothing was added twice.</source>
        <translation>Este mismo archivo ya se importó antes (lote %1); no se añadió nada dos veces.</translation>
    </message>
</context>
<context>
    <name>ImportPlan</name>
    <message>
        <source>The columns chosen for %1 were not saved: %2</source>
        <translation>Las columnas elegidas para %1 no se guardaron: %2</translation>
    </message>
</context>
<context>
    <name>ImportRunner</name>
    <message>
        <source>The import was cancelled before this file.</source>
        <translation>La importación se canceló antes de este archivo.</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Cannot be read; it will be skipped</source>
        <translation>No se puede leer; se omitirá</translation>
    </message>
    <message>
        <source>Layout not recognised; you choose its columns next</source>
        <translation>Estructura no reconocida; a continuación eliges sus columnas</translation>
    </message>
    <message>
        <source>%1; you choose its columns next</source>
        <translation>%1; a continuación eliges sus columnas</translation>
    </message>
    <message>
        <source>%1, with the columns you saved</source>
        <translation>%1, con las columnas que guardaste</translation>
    </message>
    <message>
        <source>%1, with the columns you chose</source>
        <translation>%1, con las columnas que elegiste</translation>
    </message>
</context>
<context>
    <name>IntentRules</name>
    <message>
        <source>Order status</source>
        <translation>Estado del pedido</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancelar pedido</translation>
    </message>
    <message>
        <source>Change order</source>
        <translation>Cambiar pedido</translation>
    </message>
    <message>
        <source>Wrong or damaged item</source>
        <translation>Artículo equivocado o dañado</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Reembolso</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Delivery problem</source>
        <translation>Problema de entrega</translation>
    </message>
    <message>
        <source>Shipping policy</source>
        <translation>Política de envíos</translation>
    </message>
    <message>
        <source>Product question</source>
        <translation>Pregunta sobre un producto</translation>
    </message>
    <message>
        <source>Sizing and fit</source>
        <translation>Talla y ajuste</translation>
    </message>
    <message>
        <source>Product recommendation</source>
        <translation>Recomendación de producto</translation>
    </message>
    <message>
        <source>Discount or code problem</source>
        <translation>Problema con un descuento o código</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Positive feedback</source>
        <translation>Opinión positiva</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Opinión negativa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>IntermittentForecast</name>
    <message>
        <source>The history has no period with demand, so there is nothing to smooth.</source>
        <translation>El historial no tiene ningún periodo con demanda, así que no hay nada que suavizar.</translation>
    </message>
</context>
<context>
    <name>InventoryActions</name>
    <message numerus="yes">
        <source>%1 available, %2 on the way; the forecast (%3) expects %4 a week. Reorder point %5, order up to %6, for %n day(s) of lead time at a %7 % service level.</source>
        <translation>
            <numerusform>%1 disponibles, %2 en camino; la previsión (%3) espera %4 por semana. Punto de pedido %5, nivel objetivo %6, con %n día de plazo de entrega y un nivel de servicio del %7 %.</numerusform>
            <numerusform>%1 disponibles, %2 en camino; la previsión (%3) espera %4 por semana. Punto de pedido %5, nivel objetivo %6, con %n días de plazo de entrega y un nivel de servicio del %7 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected to sell out on %1.</source>
        <translation>Se prevé que se agote el %1.</translation>
    </message>
    <message>
        <source>Revenue at risk before new stock could arrive: %1.</source>
        <translation>Ingresos en riesgo antes de que pueda llegar stock nuevo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>On the last %n held-out period(s) this forecast was off by %1 % (WAPE).</source>
        <translation>
            <numerusform>En %n periodo reservado al final del historial, esta previsión se desvió un %1 % (WAPE).</numerusform>
            <numerusform>En %n periodos reservados al final del historial, esta previsión se desvió un %1 % (WAPE).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reorder %1 × %2</source>
        <translation>Reponer %1 × %2</translation>
    </message>
    <message>
        <source>Reorder %1 × %2 from %3</source>
        <translation>Reponer %1 × %2 (proveedor: %3)</translation>
    </message>
    <message>
        <source>Keeps about %1 in sales that would be lost to a stockout.</source>
        <translation>Conserva unos %1 en ventas que se perderían por una rotura de stock.</translation>
    </message>
    <message>
        <source>Keeps the variant in stock through the supplier&apos;s lead time.</source>
        <translation>Mantiene la variante en stock durante el plazo de entrega del proveedor.</translation>
    </message>
</context>
<context>
    <name>InventoryPush</name>
    <message>
        <source>%1: no longer needs a reorder (the latest run found enough stock); left out.</source>
        <translation>%1: ya no necesita reposición (la última ejecución encontró stock suficiente); se dejó fuera.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>No se pudo crear la carpeta %1. Elige una carpeta en la que tengas permiso para escribir.</translation>
    </message>
</context>
<context>
    <name>InventoryStage</name>
    <message>
        <source>forecast error on held-out weeks, WAPE (%)</source>
        <translation>error de previsión en semanas reservadas, WAPE (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s) forecast; %1 to reorder, %2 out of stock, %3 overstocked</source>
        <translation>
            <numerusform>%n variante con previsión; %1 por reponer, %2 agotadas, %3 con exceso de stock</numerusform>
            <numerusform>%n variantes con previsión; %1 por reponer, %2 agotadas, %3 con exceso de stock</numerusform>
        </translation>
    </message>
    <message>
        <source>No stock levels yet: import an inventory export to see cover, reorders and overstock.</source>
        <translation>Todavía no hay niveles de stock: importa una exportación de inventario para ver la cobertura, las reposiciones y el exceso de stock.</translation>
    </message>
    <message numerus="yes">
        <source>%n overstocked variant(s)</source>
        <translation>
            <numerusform>%n variante con exceso de stock</numerusform>
            <numerusform>%n variantes con exceso de stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message numerus="yes">
        <source>the next weeks of %n product(s) follow their searches (%1% closer to what sold over the last %2 weeks)</source>
        <translation>
            <numerusform>las próximas semanas de %n producto siguen a sus búsquedas (un %1 % más cerca de lo vendido en las últimas %2 semanas)</numerusform>
            <numerusform>las próximas semanas de %n productos siguen a sus búsquedas (un %1 % más cerca de lo vendido en las últimas %2 semanas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Lineage</name>
    <message>
        <source>a misspelling</source>
        <translation>una forma mal escrita</translation>
    </message>
    <message>
        <source>the shoppers&apos; word, not the catalog&apos;s</source>
        <translation>la palabra de los clientes, no la del catálogo</translation>
    </message>
    <message>
        <source>a filter the catalog cannot answer</source>
        <translation>un filtro al que el catálogo no puede responder</translation>
    </message>
    <message>
        <source>only out-of-stock items match</source>
        <translation>solo coinciden artículos agotados</translation>
    </message>
    <message>
        <source>not carried</source>
        <translation>un artículo que no vendes</translation>
    </message>
    <message>
        <source>%1: %2 units beyond what it sells, %3 days of cover</source>
        <translation>%1: %2 unidades más de las que vende, %3 días de cobertura</translation>
    </message>
    <message>
        <source>%1: time to reorder, %2 days of cover left</source>
        <translation>%1: hora de reponer, quedan %2 días de cobertura</translation>
    </message>
    <message>
        <source>%1: out of stock</source>
        <translation>%1: agotado</translation>
    </message>
    <message numerus="yes">
        <source>Customers asked about %1 %n time(s) (%2)</source>
        <translation>
            <numerusform>Los clientes preguntaron por %1 %n vez (%2)</numerusform>
            <numerusform>Los clientes preguntaron por %1 %n veces (%2)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” searched %n time(s) without finding it: %2</source>
        <translation>
            <numerusform>“%1” se buscó %n vez sin encontrarlo: %2</numerusform>
            <numerusform>“%1” se buscó %n veces sin encontrarlo: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 sells %2× its usual level, falling</source>
        <translation>%1 vende %2 veces su nivel habitual, a la baja</translation>
    </message>
    <message>
        <source>%1 trends up: %2× its usual level</source>
        <translation>%1 al alza: %2 veces su nivel habitual</translation>
    </message>
    <message>
        <source>(searches for “%1”)</source>
        <translation>(búsquedas de “%1”)</translation>
    </message>
</context>
<context>
    <name>LoopCommands</name>
    <message>
        <source>&quot;%1&quot; is not an action id; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>«%1» no es un ID de acción; «flywheel-cli actions» las muestra.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) accepted; &quot;flywheel-cli push --accepted --out DIR&quot; writes their files.</source>
        <translation>
            <numerusform>%n acción aceptada; «flywheel-cli push --accepted --out CARPETA» escribe sus archivos.</numerusform>
            <numerusform>%n acciones aceptadas; «flywheel-cli push --accepted --out CARPETA» escribe sus archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) dismissed; they return only when their evidence grows.</source>
        <translation>
            <numerusform>%n acción descartada; solo vuelve si aumentan sus pruebas.</numerusform>
            <numerusform>%n acciones descartadas; solo vuelven si aumentan sus pruebas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Name the actions to accept: flywheel-cli --db STORE accept ID [ID...].</source>
        <translation>Indica las acciones que quieres aceptar: flywheel-cli --db TIENDA accept ID [ID...].</translation>
    </message>
    <message>
        <source>Name the actions to dismiss: flywheel-cli --db STORE dismiss ID [ID...].</source>
        <translation>Indica las acciones que quieres descartar: flywheel-cli --db TIENDA dismiss ID [ID...].</translation>
    </message>
    <message>
        <source>Nothing pushed yet: accept actions and push them; the next imports measure what they did.</source>
        <translation>Todavía no se ha enviado nada: acepta acciones y envíalas; las próximas importaciones medirán lo que lograron.</translation>
    </message>
</context>
<context>
    <name>MerchandisingActions</name>
    <message>
        <source>%1× since the week of %2 (%3, %4 sure, against the %5)</source>
        <translation>por %1 desde la semana del %2 (%3, %4 de confianza, frente al %5)</translation>
    </message>
    <message>
        <source>Its stock is not known: check it can meet the demand before featuring it.</source>
        <translation>Se desconoce su stock: comprueba que puede cubrir la demanda antes de destacarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock.</source>
        <translation>
            <numerusform>%n unidad en stock.</numerusform>
            <numerusform>%n unidades en stock.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in stock, about %1 weeks of cover.</source>
        <translation>
            <numerusform>%n unidad en stock, unas %1 semanas de cobertura.</numerusform>
            <numerusform>%n unidades en stock, unas %1 semanas de cobertura.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its first %1 products are out of stock, nearly out or not on sale; they move down.</source>
        <translation>
            <numerusform>%n de sus primeros %1 productos está agotado, casi agotado o no está a la venta; baja de posición.</numerusform>
            <numerusform>%n de sus primeros %1 productos están agotados, casi agotados o no están a la venta; bajan de posición.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 from #%2 to #%3</source>
        <translation>%1 del #%2 al #%3</translation>
    </message>
    <message>
        <source>Trending products move up: %1.</source>
        <translation>Los productos en auge suben: %1.</translation>
    </message>
    <message>
        <source>First in the suggested order: %1.</source>
        <translation>Primeros en el orden sugerido: %1.</translation>
    </message>
    <message>
        <source>Weighted by where shoppers look, the current first %1 places hold %2 of what the suggested ones would (demand from sales and searches, trend, conversion and margin; stock first).</source>
        <translation>Ponderando según dónde miran los clientes, los primeros %1 puestos actuales reúnen el %2 de lo que reunirían los sugeridos (demanda por ventas y búsquedas, tendencia, conversión y margen; el stock, lo primero).</translation>
    </message>
    <message>
        <source>The collections export gave no positions, so the current order is not known.</source>
        <translation>La exportación de colecciones no incluía posiciones, así que no se conoce el orden actual.</translation>
    </message>
    <message>
        <source>Reorder the collection “%1”</source>
        <translation>Reordenar la colección “%1”</translation>
    </message>
    <message>
        <source>More of the collection&apos;s visitors see products that sell, are in stock and earn a margin first; its sales per visit should rise.</source>
        <translation>Más visitantes de la colección ven primero productos que se venden, están en stock y dejan margen; sus ventas por visita deberían subir.</translation>
    </message>
    <message>
        <source>Feature “%1”: searches for “%2” are up %3×</source>
        <translation>Destacar “%1”: las búsquedas de “%2” se han multiplicado por %3</translation>
    </message>
    <message>
        <source>Searches for “%1”, whose first results show it, are up %2.</source>
        <translation>Las búsquedas de “%1”, cuyos primeros resultados lo muestran, se han multiplicado %2.</translation>
    </message>
    <message>
        <source>Feature “%1”: sales are up %2×</source>
        <translation>Destacar “%1”: las ventas se han multiplicado por %2</translation>
    </message>
    <message>
        <source>Its sales are up %1.</source>
        <translation>Sus ventas se han multiplicado %1.</translation>
    </message>
    <message>
        <source>Put it in the home-page banner, first in its collections and in the next email. The push adds the tag “trending” to it in a product file, for themes and email tools that pick products by tag.</source>
        <translation>Ponlo en el banner de la página de inicio, el primero en sus colecciones y en el próximo correo. Al enviar, se le añade la etiqueta “trending” en un archivo de productos, para los temas y las herramientas de correo que eligen productos por etiqueta.</translation>
    </message>
    <message>
        <source>Shoppers looking for it find it first while the demand lasts; its sales should keep pace with the searches.</source>
        <translation>Los clientes que lo buscan lo encuentran primero mientras dura la demanda; sus ventas deberían seguir el ritmo de las búsquedas.</translation>
    </message>
</context>
<context>
    <name>MerchandisingPush</name>
    <message>
        <source>%1: the latest run no longer ranks this collection (it was removed or emptied); left out.</source>
        <translation>%1: la última ejecución ya no ordena esta colección (se eliminó o se vació); se dejó fuera.</translation>
    </message>
    <message>
        <source>“%1” was left out: the latest run no longer finds it trending, or finds it out of stock or nearly so. It stays accepted.</source>
        <translation>Se dejó fuera “%1”: la última ejecución ya no lo ve en auge, o lo encuentra agotado o casi. La acción sigue aceptada.</translation>
    </message>
    <message>
        <source>“%1” was left out: Flywheel writes product files for Shopify and WooCommerce; this product came from %2.</source>
        <translation>Se dejó fuera “%1”: Flywheel escribe archivos de productos para Shopify y WooCommerce; este producto vino de %2.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>No se pudo crear la carpeta %1. Elige una carpeta en la que tengas permiso para escribir.</translation>
    </message>
    <message>
        <source>%1: WooCommerce orders a category by each product&apos;s menu order; set it from the positions in the collection-order file.</source>
        <translation>%1: WooCommerce ordena una categoría según el orden en el menú de cada producto; ajústalo con las posiciones del archivo collection-order.</translation>
    </message>
</context>
<context>
    <name>MerchandisingStage</name>
    <message>
        <source>The site-search reports have no dates, so searches cannot show a trend: import a report with a date on each row.</source>
        <translation>Los informes de búsquedas del sitio no tienen fechas, así que las búsquedas no pueden mostrar una tendencia: importa un informe con una fecha en cada fila.</translation>
    </message>
    <message>
        <source>No site-search report yet, so trends come from sales alone: import a search-terms report to see trending searches.</source>
        <translation>Todavía no hay informe de búsquedas del sitio, así que las tendencias salen solo de las ventas: importa un informe de términos de búsqueda para ver las búsquedas en auge.</translation>
    </message>
    <message>
        <source>No orders yet: import an orders export to see what sells.</source>
        <translation>Todavía no hay pedidos: importa una exportación de pedidos para ver qué se vende.</translation>
    </message>
    <message>
        <source>No collections yet: import a collections list (or WooCommerce products, whose categories are collections) to get suggested orders.</source>
        <translation>Todavía no hay colecciones: importa una lista de colecciones (o productos de WooCommerce, cuyas categorías cuentan como colecciones) para obtener órdenes sugeridos.</translation>
    </message>
    <message>
        <source>No stock levels: import an inventory export, so that nothing out of stock is put first.</source>
        <translation>No hay niveles de stock: importa una exportación de inventario para que no se ponga primero nada agotado.</translation>
    </message>
    <message>
        <source>first-10 collection places out of stock or nearly (%)</source>
        <translation>puestos entre los 10 primeros de las colecciones agotados o casi (%)</translation>
    </message>
    <message>
        <source>%1 searches and %2 products trending up; %3 of %4 collections worth reordering; %5 products to feature.</source>
        <translation>%1 búsquedas y %2 productos en alza; vale la pena reordenar %3 de %4 colecciones; %5 productos para destacar.</translation>
    </message>
    <message numerus="yes">
        <source>%n trending product(s)</source>
        <translation>
            <numerusform>%n producto en auge</numerusform>
            <numerusform>%n productos en auge</numerusform>
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
        <translation>No hay historial que repetir.</translation>
    </message>
    <message numerus="yes">
        <source>Repeating the last season needs one full season (%n period(s)).</source>
        <translation>
            <numerusform>Repetir la última temporada requiere una temporada completa (%n periodo).</numerusform>
            <numerusform>Repetir la última temporada requiere una temporada completa (%n periodos).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Outcomes</name>
    <message>
        <source>%1 days after %2 against the %1 days before</source>
        <translation>%1 días después del %2 frente a los %1 días anteriores</translation>
    </message>
    <message>
        <source>No clear change yet: the range still includes none.</source>
        <translation>Todavía no hay un cambio claro: el rango aún incluye el cero.</translation>
    </message>
    <message>
        <source>It worked.</source>
        <translation>Ha funcionado.</translation>
    </message>
    <message>
        <source>It went the wrong way.</source>
        <translation>Fue en la dirección equivocada.</translation>
    </message>
    <message>
        <source>Tickets per 100 orders</source>
        <translation>Tickets por cada 100 pedidos</translation>
    </message>
    <message>
        <source>Negative tickets</source>
        <translation>Tickets negativos</translation>
    </message>
    <message>
        <source>Catalog completeness</source>
        <translation>Completitud del catálogo</translation>
    </message>
    <message>
        <source>Searches finding nothing</source>
        <translation>Búsquedas sin resultados</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Error de previsión</translation>
    </message>
    <message>
        <source>Overstock value</source>
        <translation>Valor del exceso de stock</translation>
    </message>
    <message>
        <source>Promotion margin gained</source>
        <translation>Margen ganado con promociones</translation>
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
        <translation>Tickets sobre ello por cada 100 pedidos</translation>
    </message>
    <message>
        <source>Share of its searches finding nothing</source>
        <translation>Parte de sus búsquedas sin resultados</translation>
    </message>
    <message>
        <source>Clicks per 100 searches</source>
        <translation>Clics por cada 100 búsquedas</translation>
    </message>
    <message>
        <source>Units sold against the forecast</source>
        <translation>Unidades vendidas frente a la previsión</translation>
    </message>
    <message>
        <source>Buyers in the audience against the held-back group</source>
        <translation>Compradores de la audiencia frente al grupo de control</translation>
    </message>
    <message>
        <source>Units sold against the rest of the store</source>
        <translation>Unidades vendidas frente al resto de la tienda</translation>
    </message>
    <message>
        <source>Measured once the history reaches %1 (%2 days after it was pushed).</source>
        <translation>Se medirá cuando el historial llegue al %1 (%2 días después de enviarla).</translation>
    </message>
    <message>
        <source>95% range %1 to %2</source>
        <translation>rango del 95&#xa0;%: de %1 a %2</translation>
    </message>
    <message>
        <source>Too little data yet: fewer than 3 tickets in %1.</source>
        <translation>Todavía hay muy pocos datos: menos de 3 tickets (%1).</translation>
    </message>
    <message>
        <source>%1 → %2 tickets per 100 orders, %3 days after %4 against the days before (%5). %6</source>
        <translation>%1 → %2 tickets por cada 100 pedidos, %3 días después del %4 frente a los días anteriores (%5). %6</translation>
    </message>
    <message>
        <source>Too little data yet: nobody searched for it in %1.</source>
        <translation>Todavía hay muy pocos datos: nadie lo buscó (%1).</translation>
    </message>
    <message>
        <source>%1% → %2% of its searches found nothing</source>
        <translation>el %1&#xa0;% → %2&#xa0;% de sus búsquedas no encontró nada</translation>
    </message>
    <message>
        <source>%1 → %2 clicks per 100 searches</source>
        <translation>%1 → %2 clics por cada 100 búsquedas</translation>
    </message>
    <message>
        <source>%1 in %2 (%3). %4</source>
        <translation>%1, %2 (%3). %4</translation>
    </message>
    <message>
        <source>Sold %1 units in the %2 days after the reorder; no forecast was kept to compare.</source>
        <translation>Se vendieron %1 unidades en los %2 días posteriores a la reposición; no se guardó ninguna previsión para comparar.</translation>
    </message>
    <message>
        <source>Sold %1 units in the %2 days after the reorder against %3 forecast (error %4%; the forecast allowed %5% to %6%). %7</source>
        <translation>Se vendieron %1 unidades en los %2 días posteriores a la reposición frente a %3 previstas (error del %4&#xa0;%; la previsión admitía del %5&#xa0;% al %6&#xa0;%). %7</translation>
    </message>
    <message>
        <source>The forecast held.</source>
        <translation>La previsión acertó.</translation>
    </message>
    <message>
        <source>The forecast missed.</source>
        <translation>La previsión falló.</translation>
    </message>
    <message>
        <source>No held-back group to compare with, so the effect cannot be told.</source>
        <translation>No hay grupo de control con el que comparar, así que no se puede saber el efecto.</translation>
    </message>
    <message>
        <source>%1% of the audience bought it in the %2 days after %3, against %4% of the held-back group: %5 points (%6). %7</source>
        <translation>El %1&#xa0;% de la audiencia lo compró en los %2 días posteriores al %3, frente al %4&#xa0;% del grupo de control: %5 puntos porcentuales (%6). %7</translation>
    </message>
    <message>
        <source>%1 → %2 units, %3% against the rest of the store, in %4 (%5). %6</source>
        <translation>%1 → %2 unidades, %3&#xa0;% frente al resto de la tienda, %4 (%5). %6</translation>
    </message>
</context>
<context>
    <name>OutcomesStage</name>
    <message>
        <source>No orders yet: import an orders export to follow the wheel&apos;s figures.</source>
        <translation>Todavía no hay pedidos: importa una exportación de pedidos para seguir las cifras del ciclo.</translation>
    </message>
    <message>
        <source>measured actions that clearly worked (%)</source>
        <translation>acciones medidas que funcionaron claramente (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) measured this run (%1 clearly worked); %2 waiting for their window to pass. History up to %3.</source>
        <translation>
            <numerusform>%n acción medida en esta ejecución (con efecto claro: %1); aún en su periodo de medición: %2. Historial hasta el %3.</numerusform>
            <numerusform>%n acciones medidas en esta ejecución (con efecto claro: %1); aún en su periodo de medición: %2. Historial hasta el %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) of momentum</source>
        <translation>
            <numerusform>%n cifra de evolución</numerusform>
            <numerusform>%n cifras de evolución</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>Pipeline</name>
    <message>
        <source>The stages depend on each other in a circle at &quot;%1&quot;.</source>
        <translation>Las etapas dependen unas de otras en círculo en «%1».</translation>
    </message>
    <message>
        <source>Stage &quot;%1&quot; needs stage &quot;%2&quot;, which does not exist.</source>
        <translation>La etapa «%1» necesita la etapa «%2», que no existe.</translation>
    </message>
    <message>
        <source>There is no stage &quot;%1&quot;. The stages are: %2.</source>
        <translation>No existe la etapa «%1». Las etapas son: %2.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna todavía</translation>
    </message>
</context>
<context>
    <name>PriceResponse</name>
    <message>
        <source>It has not sold in the weeks read, so there is nothing to measure; its category&apos;s response is used.</source>
        <translation>No se ha vendido en las semanas leídas, así que no hay nada que medir; se usa la respuesta de su categoría.</translation>
    </message>
    <message>
        <source>It has sold in too few weeks to measure how price moves its sales; its category&apos;s response is used until more weeks are in.</source>
        <translation>Se ha vendido en muy pocas semanas para medir cómo mueve el precio sus ventas; se usa la respuesta de su categoría hasta que haya más semanas.</translation>
    </message>
    <message>
        <source>Its price never changed, so how buyers respond to price cannot be seen in its own sales; its category&apos;s response is used. A short, measured discount would show it.</source>
        <translation>Su precio nunca ha cambiado, así que en sus propias ventas no se ve cómo responden los compradores al precio; se usa la respuesta de su categoría. Un descuento breve y medido lo mostraría.</translation>
    </message>
    <message>
        <source>Its price only changed together with something else (a promotion, the season), so the effect of price cannot be separated; its category&apos;s response is used.</source>
        <translation>Su precio solo cambió junto con otra cosa (una promoción, la temporada), así que no se puede separar el efecto del precio; se usa la respuesta de su categoría.</translation>
    </message>
</context>
<context>
    <name>ProductFacts</name>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Nearly out</source>
        <translation>Casi agotado</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Stock not known</source>
        <translation>Stock desconocido</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>No está a la venta</translation>
    </message>
</context>
<context>
    <name>PromotionActions</name>
    <message numerus="yes">
        <source>Reaches %n customer(s); the effect cannot be forecast until customers have bought more than once. The control group will show it.</source>
        <translation>
            <numerusform>Llega a %n cliente; el efecto no se puede prever hasta que los clientes hayan comprado más de una vez. El grupo de control lo mostrará.</numerusform>
            <numerusform>Llega a %n clientes; el efecto no se puede prever hasta que los clientes hayan comprado más de una vez. El grupo de control lo mostrará.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %1 extra units from %n customer(s) (%2 in revenue</source>
        <translation>
            <numerusform>Unas %1 unidades extra de %n cliente (%2 en ingresos</numerusform>
            <numerusform>Unas %1 unidades extra de %n clientes (%2 en ingresos</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 in margin</source>
        <translation>, %1 en margen</translation>
    </message>
    <message>
        <source>; %1 less spent keeping stock</source>
        <translation>; %1 menos en costes de almacenaje</translation>
    </message>
    <message>
        <source>This counts only the lower price&apos;s pull on what they would buy anyway; the control group shows what the email adds.</source>
        <translation>Esto solo cuenta el tirón del precio más bajo sobre lo que comprarían de todos modos; el grupo de control muestra lo que añade el correo.</translation>
    </message>
    <message>
        <source>%1 % off for %2 to %3, with a code of their own for each customer; %4.</source>
        <translation>%1&#xa0;% de descuento del %2 al %3, con un código propio para cada cliente; %4.</translation>
    </message>
    <message>
        <source>A deeper discount would go below the lowest margin.</source>
        <translation>Un descuento mayor quedaría por debajo del margen mínimo.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) of the audience, chosen at random, are held back to measure the effect.</source>
        <translation>
            <numerusform>%n cliente de la audiencia, elegido al azar, queda fuera para medir el efecto.</numerusform>
            <numerusform>%n clientes de la audiencia, elegidos al azar, quedan fuera para medir el efecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience is too small to hold anyone back, so the effect can only be compared with the weeks before.</source>
        <translation>La audiencia es demasiado pequeña para dejar a nadie fuera, así que el efecto solo se puede comparar con las semanas anteriores.</translation>
    </message>
    <message numerus="yes">
        <source>Promote %1: %2 % off for %n customer(s)</source>
        <translation>
            <numerusform>Promocionar %1: %2&#xa0;% de descuento para %n cliente</numerusform>
            <numerusform>Promocionar %1: %2&#xa0;% de descuento para %n clientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionEmail</name>
    <message>
        <source>The season is nearly over, and so is this offer.</source>
        <translation>La temporada está a punto de terminar, y esta oferta también.</translation>
    </message>
    <message>
        <source>This is one of our most wanted products right now.</source>
        <translation>Es uno de nuestros productos más buscados ahora mismo.</translation>
    </message>
    <message>
        <source>We picked this for you, because you have liked similar things.</source>
        <translation>Lo hemos elegido para ti porque te han gustado cosas parecidas.</translation>
    </message>
    <message>
        <source>%1 % off %2, just for you</source>
        <translation>%1&#xa0;% de descuento en %2, solo para ti</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Hola:</translation>
    </message>
    <message>
        <source>Take %1 % off %2 with your personal code [Discount Code], valid until %3.</source>
        <translation>Consigue un %1&#xa0;% de descuento en %2 con tu código personal [Discount Code], válido hasta el %3.</translation>
    </message>
    <message>
        <source>The code works once and only for you.</source>
        <translation>El código sirve una sola vez y solo para ti.</translation>
    </message>
    <message>
        <source>See you soon,</source>
        <translation>Hasta pronto,</translation>
    </message>
</context>
<context>
    <name>PromotionPlanner</name>
    <message>
        <source>elasticity %1 from this product&apos;s own price changes</source>
        <translation>elasticidad %1 a partir de los cambios de precio de este producto</translation>
    </message>
    <message>
        <source>elasticity %1 borrowed from its product type: %2</source>
        <translation>elasticidad %1 tomada de su tipo de producto: %2</translation>
    </message>
    <message>
        <source>elasticity %1 of its product type; this product has no priced sales of its own</source>
        <translation>elasticidad %1 de su tipo de producto; este producto no tiene ventas propias con precio</translation>
    </message>
    <message>
        <source>elasticity %1, the usual value for retail products: the store&apos;s sales show no price changes to learn from yet</source>
        <translation>elasticidad %1, el valor habitual para productos minoristas: las ventas de la tienda todavía no muestran cambios de precio de los que aprender</translation>
    </message>
    <message>
        <source>%1: no customer who can be emailed has bought yet.</source>
        <translation>%1: todavía no ha comprado ningún cliente al que se pueda enviar un correo.</translation>
    </message>
    <message>
        <source>%1: even 10 % off would take it below the lowest margin (%2 %).</source>
        <translation>%1: incluso un 10&#xa0;% de descuento lo dejaría por debajo del margen mínimo (%2&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>PromotionPush</name>
    <message>
        <source>Could not write %1. Check that the folder is writable and the disk is not full.</source>
        <translation>No se pudo escribir %1. Comprueba que se puede escribir en la carpeta y que el disco no está lleno.</translation>
    </message>
    <message>
        <source>%1: no customer of its audience has an email address; left out.</source>
        <translation>%1: ningún cliente de su audiencia tiene dirección de correo; se dejó fuera.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>No se pudo crear la carpeta %1. Elige una carpeta en la que tengas permiso para escribir.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) get a code; %2 held back as the control group are kept in the store and get nothing.</source>
        <translation>
            <numerusform>%1: %n cliente recibe un código; %2 reservados como grupo de control se guardan en la tienda y no reciben nada.</numerusform>
            <numerusform>%1: %n clientes reciben un código; %2 reservados como grupo de control se guardan en la tienda y no reciben nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n customer(s) without an email address left out.</source>
        <translation>
            <numerusform>%1: se dejó fuera %n cliente sin dirección de correo.</numerusform>
            <numerusform>%1: se dejaron fuera %n clientes sin dirección de correo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PromotionTriggers</name>
    <message>
        <source>Overstock</source>
        <translation>Exceso de stock</translation>
    </message>
    <message>
        <source>Season ending</source>
        <translation>Fin de temporada</translation>
    </message>
    <message>
        <source>Trending, with stock to spare</source>
        <translation>En auge, con stock de sobra</translation>
    </message>
    <message>
        <source>Slow mover</source>
        <translation>Rotación lenta</translation>
    </message>
    <message>
        <source>%1 in stock is %2 weeks of sales; %3 of them are more than the overstock threshold (%4 tied up).</source>
        <translation>%1 unidades en stock equivalen a %2 semanas de ventas; %3 de ellas superan el umbral de exceso de stock (%4 inmovilizados).</translation>
    </message>
    <message>
        <source>Demand is forecast to fall from %1 in the next 4 weeks to %2 in weeks 9 to 12; %3 in stock is more than the %4 expected to sell in 12 weeks.</source>
        <translation>Se prevé que la demanda baje de %1 en las próximas 4 semanas a %2 en las semanas 9 a 12; %3 unidades en stock son más que las %4 que se espera vender en 12 semanas.</translation>
    </message>
    <message>
        <source>Sold %1 in the last 4 weeks, %2× its pace of the 12 weeks before; %3 in stock is more than %4 weeks even at the new pace.</source>
        <translation>Se vendieron %1 en las últimas 4 semanas, %2× su ritmo de las 12 semanas anteriores; %3 unidades en stock dan para más de %4 semanas incluso al nuevo ritmo.</translation>
    </message>
    <message>
        <source>%1 in stock and no sales expected.</source>
        <translation>%1 unidades en stock y no se esperan ventas.</translation>
    </message>
    <message>
        <source>%1 in stock is %2 weeks of sales, and the oldest unit has waited %3 days.</source>
        <translation>%1 unidades en stock equivalen a %2 semanas de ventas, y la unidad más antigua lleva %3 días esperando.</translation>
    </message>
    <message>
        <source>Sold %1 in the last 4 weeks after none in the 12 weeks before; %2 in stock is more than %3 weeks even at the new pace.</source>
        <translation>Se vendieron %1 en las últimas 4 semanas, tras ninguna en las 12 semanas anteriores; %2 unidades en stock dan para más de %3 semanas incluso al nuevo ritmo.</translation>
    </message>
    <message>
        <source>Trending at %1× its seasonal baseline; %2 in stock is more than %3 weeks even at that pace.</source>
        <translation>En auge, a %1× su referencia de temporada; %2 unidades en stock dan para más de %3 semanas incluso a ese ritmo.</translation>
    </message>
    <message>
        <source>Searches for “%1” are at %2× their seasonal baseline; %3 in stock is more than %4 weeks even at that pace.</source>
        <translation>Las búsquedas de «%1» están a %2× su referencia de temporada; %3 unidades en stock dan para más de %4 semanas incluso a ese ritmo.</translation>
    </message>
</context>
<context>
    <name>PromotionsStage</name>
    <message numerus="yes">
        <source>%n customer(s) scored, %1 of them repeat buyers; %2 promotion(s) suggested.</source>
        <translation>
            <numerusform>%n cliente puntuado, %1 de ellos compradores recurrentes; promociones sugeridas: %2.</numerusform>
            <numerusform>%n clientes puntuados, %1 de ellos compradores recurrentes; promociones sugeridas: %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more product(s) with surplus stock wait until these are done (the %1 with the most money in surplus come first).</source>
        <translation>
            <numerusform>%n producto más con stock sobrante espera a que terminen estas promociones (primero van los %1 con más dinero en excedente).</numerusform>
            <numerusform>%n productos más con stock sobrante esperan a que terminen estas promociones (primero van los %1 con más dinero en excedente).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) could not be promoted: %1</source>
        <translation>
            <numerusform>No se pudo promocionar %n producto: %1</numerusform>
            <numerusform>No se pudieron promocionar %n productos: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>surplus units the suggested promotions should move (%)</source>
        <translation>unidades sobrantes que deberían mover las promociones sugeridas (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) with a control group</source>
        <translation>
            <numerusform>%n promoción con grupo de control</numerusform>
            <numerusform>%n promociones con grupo de control</numerusform>
        </translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
</context>
<context>
    <name>PurchaseModel</name>
    <message>
        <source>A customer&apos;s purchase summary is impossible (%1 repeat purchases, the last %2 weeks and the first %3 weeks after the first purchase); the order history needs to be read again.</source>
        <translation>El resumen de compras de un cliente es imposible (%1 compras repetidas, la última %2 semanas y el final del periodo %3 semanas después de la primera compra); hay que volver a leer el historial de pedidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have ordered so far, too few to estimate how often customers come back and how many stop buying; the estimates appear once at least %1 customers have ordered.</source>
        <translation>
            <numerusform>Hasta ahora ha hecho pedidos %n cliente, demasiado pocos para estimar con qué frecuencia vuelven los clientes y cuántos dejan de comprar; las estimaciones aparecerán cuando al menos %1 clientes hayan hecho pedidos.</numerusform>
            <numerusform>Hasta ahora han hecho pedidos %n clientes, demasiado pocos para estimar con qué frecuencia vuelven los clientes y cuántos dejan de comprar; las estimaciones aparecerán cuando al menos %1 clientes hayan hecho pedidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer has bought twice yet, so how often customers come back and how many stop buying cannot be estimated; the estimates appear once customers order again (import a longer order history if the store has one).</source>
        <translation>Todavía ningún cliente ha comprado dos veces, así que no se puede estimar con qué frecuencia vuelven los clientes ni cuántos dejan de comprar; las estimaciones aparecerán cuando los clientes vuelvan a hacer pedidos (importa un historial de pedidos más largo si la tienda lo tiene).</translation>
    </message>
</context>
<context>
    <name>Push</name>
    <message>
        <source>The files were written, but the list of pushes %1 could not be updated (%2). Check that you may write to the folder.</source>
        <translation>Los archivos se escribieron, pero no se pudo actualizar la lista de envíos %1 (%2). Comprueba que tienes permiso para escribir en la carpeta.</translation>
    </message>
    <message>
        <source>There is no action %1; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>No existe la acción %1; «flywheel-cli actions» las muestra.</translation>
    </message>
    <message>
        <source>Action %1 is %2, so there is nothing to push; only new or accepted actions can be pushed.</source>
        <translation>La acción %1 tiene el estado %2, así que no hay nada que enviar; solo se pueden enviar acciones nuevas o aceptadas.</translation>
    </message>
</context>
<context>
    <name>PushCommands</name>
    <message>
        <source>Wrote %1</source>
        <translation>Se escribió %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed, %1 products; import the file in your store&apos;s admin (Products › Import, with “overwrite existing products”).</source>
        <translation>
            <numerusform>%n acción enviada, %1 productos; importa el archivo en el panel de administración de tu tienda (Productos › Importar, con “sobrescribir los productos existentes”).</numerusform>
            <numerusform>%n acciones enviadas, %1 productos; importa el archivo en el panel de administración de tu tienda (Productos › Importar, con “sobrescribir los productos existentes”).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Enter each line of the synonyms file as a synonym group in Shopify Search &amp; Discovery (Synonyms), and import the redirects file in Online Store › Navigation › URL redirects.</source>
        <translation>
            <numerusform>%n acción enviada. Introduce cada línea del archivo de sinónimos como un grupo de sinónimos en Shopify Search &amp; Discovery (Sinónimos) e importa el archivo de redirecciones en Tienda online › Navegación › Redirecciones de URL.</numerusform>
            <numerusform>%n acciones enviadas. Introduce cada línea del archivo de sinónimos como un grupo de sinónimos en Shopify Search &amp; Discovery (Sinónimos) e importa el archivo de redirecciones en Tienda online › Navegación › Redirecciones de URL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) pushed as %1 purchase order(s); send each file to its supplier.</source>
        <translation>
            <numerusform>%n reposición enviada como %1 orden de compra; envía el archivo a su proveedor.</numerusform>
            <numerusform>%n reposiciones enviadas (órdenes de compra: %1); envía cada archivo a su proveedor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. Import the matrixify-custom-collections file with Matrixify (Shopify) or set each collection&apos;s order from its collection-order file, and import the merchandising product file (Products › Import, with “overwrite existing products”) to tag the featured products “trending”.</source>
        <translation>
            <numerusform>%n acción enviada. Importa el archivo matrixify-custom-collections con Matrixify (Shopify) o ajusta el orden de cada colección con su archivo collection-order, e importa el archivo de productos merchandising (Productos › Importar, con “sobrescribir los productos existentes”) para etiquetar los productos destacados con “trending”.</numerusform>
            <numerusform>%n acciones enviadas. Importa el archivo matrixify-custom-collections con Matrixify (Shopify) o ajusta el orden de cada colección con su archivo collection-order, e importa el archivo de productos merchandising (Productos › Importar, con “sobrescribir los productos existentes”) para etiquetar los productos destacados con “trending”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) pushed. Import each discounts file with Matrixify (Shopify) or the promotion-codes file with your coupon importer, the klaviyo- or mailchimp- file as the email audience, and send the email draft with each customer&apos;s Discount Code. The held-back control groups stay in the store.</source>
        <translation>
            <numerusform>%n promoción enviada. Importa cada archivo discounts con Matrixify (Shopify) o el archivo promotion-codes con tu importador de cupones, el archivo klaviyo- o mailchimp- como audiencia del correo, y envía el borrador del correo con el Discount Code de cada cliente. Los grupos de control reservados se quedan guardados en la tienda.</numerusform>
            <numerusform>%n promociones enviadas. Importa cada archivo discounts con Matrixify (Shopify) o el archivo promotion-codes con tu importador de cupones, el archivo klaviyo- o mailchimp- como audiencia del correo, y envía el borrador del correo con el Discount Code de cada cliente. Los grupos de control reservados se quedan guardados en la tienda.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action id; &quot;flywheel-cli actions&quot; lists them.</source>
        <translation>«%1» no es un ID de acción; «flywheel-cli actions» las muestra.</translation>
    </message>
    <message>
        <source>Say which actions to write: push ID... (these actions), push --accepted (every accepted action) or push --stage content|search|merchandising|inventory|promotions (that stage&apos;s accepted actions), with --out DIR.</source>
        <translation>Indica qué acciones se deben escribir: push ID... (estas acciones), push --accepted (todas las acciones aceptadas) o push --stage content|search|merchandising|inventory|promotions (las acciones aceptadas de esa etapa), con --out CARPETA.</translation>
    </message>
    <message>
        <source>Nothing to push: accept actions first (flywheel-cli actions lists them, flywheel-cli accept ID accepts one).</source>
        <translation>No hay nada que enviar: acepta primero algunas acciones (flywheel-cli actions las muestra y flywheel-cli accept ID acepta una).</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed. %1 lists each file and the action behind it. Push one stage at a time (push --stage) to be told where each stage&apos;s files are imported.</source>
        <translation>
            <numerusform>%n acción enviada. %1 muestra cada archivo y la acción que hay detrás. Envía una etapa cada vez (push --stage) para saber dónde se importan los archivos de cada etapa.</numerusform>
            <numerusform>%n acciones enviadas. %1 muestra cada archivo y la acción que hay detrás. Envía una etapa cada vez (push --stage) para saber dónde se importan los archivos de cada etapa.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PushFolder</name>
    <message numerus="yes">
        <source>%n file(s) written into %1:</source>
        <translation>
            <numerusform>%n archivo escrito en %1:</numerusform>
            <numerusform>%n archivos escritos en %1:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueryReading</name>
    <message>
        <source>“%1” read as “%2”, a typo</source>
        <translation>“%1” leído como “%2”, un error de escritura</translation>
    </message>
    <message>
        <source>“%1” also finds its synonym “%2”</source>
        <translation>“%1” también encuentra su sinónimo “%2”</translation>
    </message>
    <message>
        <source>“%1” completed to “%2”</source>
        <translation>“%1” completado como “%2”</translation>
    </message>
    <message>
        <source>“%1” found as “%2”</source>
        <translation>“%1” encontrado como “%2”</translation>
    </message>
    <message>
        <source>No product matches every word; these match most of them.</source>
        <translation>Ningún producto coincide con todas las palabras; estos coinciden con la mayoría.</translation>
    </message>
    <message>
        <source>No product matches.</source>
        <translation>Ningún producto coincide.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match.</source>
        <translation>
            <numerusform>%n producto coincide.</numerusform>
            <numerusform>%n productos coinciden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more would match without the filters.</source>
        <translation>
            <numerusform>Sin los filtros coincidiría %n más.</numerusform>
            <numerusform>Sin los filtros coincidirían %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only products whose %1 is “%2”</source>
        <translation>Solo productos con %1 “%2”</translation>
    </message>
    <message>
        <source>Priced between %1 and %2</source>
        <translation>Precio entre %1 y %2</translation>
    </message>
    <message>
        <source>Priced at most %1</source>
        <translation>Precio de %1 como máximo</translation>
    </message>
    <message>
        <source>Priced at least %1</source>
        <translation>Precio de %1 como mínimo</translation>
    </message>
    <message>
        <source>Nothing in your catalog is called “%1”.</source>
        <translation>Nada de tu catálogo se llama “%1”.</translation>
    </message>
</context>
<context>
    <name>ReadAheads</name>
    <message>
        <source>The analysis was cancelled; the previous results are kept.</source>
        <translation>Se canceló el análisis; se conservan los resultados anteriores.</translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>&quot;%1&quot; is not an action status; use one of: %2.</source>
        <translation>«%1» no es un estado de acción; usa uno de estos: %2.</translation>
    </message>
    <message>
        <source>There is no action %1.</source>
        <translation>No existe la acción %1.</translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>Name the report file: flywheel-cli --db STORE report --out FILE.html (a web page) or --out FILE.pdf.</source>
        <translation>Indica el archivo del informe: flywheel-cli --db TIENDA report --out ARCHIVO.html (una página web) o --out ARCHIVO.pdf.</translation>
    </message>
</context>
<context>
    <name>ReviewImporter</name>
    <message>
        <source>Judge.me reviews export</source>
        <translation>Exportación de reseñas de Judge.me</translation>
    </message>
    <message>
        <source>Okendo reviews (import template)</source>
        <translation>Reseñas de Okendo (plantilla de importación)</translation>
    </message>
    <message>
        <source>Yotpo reviews export</source>
        <translation>Exportación de reseñas de Yotpo</translation>
    </message>
    <message>
        <source>Shopify Product Reviews export</source>
        <translation>Exportación de Shopify Product Reviews</translation>
    </message>
    <message>
        <source>Reviews (product handle, sku, rating, title, body, date, email, name)</source>
        <translation>Reseñas (handle del producto, SKU, valoración, título, texto, fecha, correo electrónico, nombre)</translation>
    </message>
    <message>
        <source>the review has no rating</source>
        <translation>la reseña no tiene valoración</translation>
    </message>
    <message>
        <source>the rating is %1; ratings go from 1 to 5 stars</source>
        <translation>la valoración es %1; las valoraciones van de 1 a 5 estrellas</translation>
    </message>
    <message>
        <source>the review has no date</source>
        <translation>la reseña no tiene fecha</translation>
    </message>
</context>
<context>
    <name>Row</name>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>“%1” %2</translation>
    </message>
</context>
<context>
    <name>SalesFile</name>
    <message>
        <source>The sales file needs the columns date, sku and qty; &quot;%1&quot; is missing.</source>
        <translation>El archivo de ventas necesita las columnas date, sku y qty; falta «%1».</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>no quantity</source>
        <translation>sin cantidad</translation>
    </message>
    <message>
        <source>no SKU</source>
        <translation>sin SKU</translation>
    </message>
    <message>
        <source>%1 has no row with a readable date, SKU and quantity.</source>
        <translation>%1 no tiene ninguna fila con fecha, SKU y cantidad legibles.</translation>
    </message>
</context>
<context>
    <name>SavedMappings</name>
    <message>
        <source>Could not create the folder %1 for saved column mappings. Check that the store&apos;s folder can be written to.</source>
        <translation>No se pudo crear la carpeta %1 para las asignaciones de columnas guardadas. Comprueba que se puede escribir en la carpeta de la tienda.</translation>
    </message>
</context>
<context>
    <name>Schema</name>
    <message>
        <source>%1 is a database of another program, not a Flywheel store; it was not changed. Open a Flywheel store, or give a new store a file name of its own.</source>
        <translation>%1 es una base de datos de otro programa, no una tienda de Flywheel; no se ha modificado. Abre una tienda de Flywheel o dale a la nueva tienda un nombre de archivo propio.</translation>
    </message>
    <message>
        <source>This store was saved by a newer version of Flywheel (store format %1; this version reads up to %2). Install the newer Flywheel to open it; the store was not changed.</source>
        <translation>Esta tienda se guardó con una versión más reciente de Flywheel (formato de tienda %1; esta versión lee hasta el %2). Instala la versión más reciente de Flywheel para abrirla; la tienda no se ha modificado.</translation>
    </message>
</context>
<context>
    <name>SearchActions</name>
    <message>
        <source>Add the synonym group “%1” to your store&apos;s search</source>
        <translation>Añadir el grupo de sinónimos “%1” a la búsqueda de tu tienda</translation>
    </message>
    <message>
        <source>“%1” is a misspelling of “%2”.</source>
        <translation>“%1” es una forma mal escrita de “%2”.</translation>
    </message>
    <message>
        <source>Your catalog says “%2” where shoppers say “%1”.</source>
        <translation>Tu catálogo dice “%2” donde los clientes dicen “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>Shoppers searched “%1” %n time(s) and found nothing. %2 With this group they find %3 products, e.g. %4.</source>
        <translation>
            <numerusform>Los clientes buscaron “%1” %n vez y no encontraron nada. %2 Con este grupo encuentran %3 productos, p. ej., %4.</numerusform>
            <numerusform>Los clientes buscaron “%1” %n veces y no encontraron nada. %2 Con este grupo encuentran %3 productos, p. ej., %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Searches for “%1” find your products</source>
        <translation>Las búsquedas de “%1” encuentran tus productos</translation>
    </message>
    <message>
        <source>Searches for “%1” with no results, per 4 weeks</source>
        <translation>Búsquedas de “%1” sin resultados, cada 4 semanas</translation>
    </message>
    <message>
        <source>Send searches for “%1” to the collection “%2”</source>
        <translation>Redirigir las búsquedas de “%1” a la colección “%2”</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” name a collection you have; a redirect shows the whole collection instead of a list of matches (/collections/%2).</source>
        <translation>
            <numerusform>%n búsqueda de “%1” nombra una colección que tienes; una redirección muestra la colección entera en lugar de una lista de resultados (/collections/%2).</numerusform>
            <numerusform>%n búsquedas de “%1” nombran una colección que tienes; una redirección muestra la colección entera en lugar de una lista de resultados (/collections/%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>More of the searches for “%1” lead to a product page</source>
        <translation>Más búsquedas de “%1” llevan a una página de producto</translation>
    </message>
    <message>
        <source>Clicks per search for “%1”</source>
        <translation>Clics por búsqueda de “%1”</translation>
    </message>
    <message>
        <source>Shoppers look for “%1”, which you do not carry</source>
        <translation>Los clientes buscan “%1”, que no vendes</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es) for “%1” found nothing, and no spelling or synonym finds a product of yours. Consider adding it to the range, or a page that points to what you have instead.</source>
        <translation>
            <numerusform>%n búsqueda de “%1” no encontró nada, y ninguna otra grafía ni sinónimo encuentra un producto tuyo. Plantéate añadirlo a tu surtido, o crear una página que remita a lo que sí tienes.</numerusform>
            <numerusform>%n búsquedas de “%1” no encontraron nada, y ninguna otra grafía ni sinónimo encuentra un producto tuyo. Plantéate añadirlo a tu surtido, o crear una página que remita a lo que sí tienes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sales from searches for “%1”</source>
        <translation>Ventas de búsquedas de “%1”</translation>
    </message>
</context>
<context>
    <name>SearchCommands</name>
    <message>
        <source>Could not read the queries file %1 (%2). Check the path.</source>
        <translation>No se pudo leer el archivo de consultas %1 (%2). Comprueba la ruta.</translation>
    </message>
    <message>
        <source>Give the words to search for, e.g. flywheel-cli --db STORE search rain jacket, or a file of queries with --batch FILE.</source>
        <translation>Indica las palabras que quieres buscar, p. ej., flywheel-cli --db TIENDA search rain jacket, o un archivo de consultas con --batch ARCHIVO.</translation>
    </message>
    <message>
        <source>No product matches &quot;%1&quot;.</source>
        <translation>Ningún producto coincide con «%1».</translation>
    </message>
    <message>
        <source>No product matches every word of &quot;%1&quot;; the closest:</source>
        <translation>Ningún producto coincide con todas las palabras de «%1»; los más cercanos:</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) match &quot;%1&quot;:</source>
        <translation>
            <numerusform>%n producto coincide con «%1»:</numerusform>
            <numerusform>%n productos coinciden con «%1»:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchLead</name>
    <message numerus="yes">
        <source>Sales of this product have followed its searches %n week(s) later, so the first %n week(s) of the forecast follow the searches already made.</source>
        <translation>
            <numerusform>Las ventas de este producto han seguido a sus búsquedas %n semana después, así que la primera semana de la previsión sigue a las búsquedas ya hechas.</numerusform>
            <numerusform>Las ventas de este producto han seguido a sus búsquedas %n semanas después, así que las primeras %n semanas de la previsión siguen a las búsquedas ya hechas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Forecast that way from each of the last %1 weeks, those weeks were %2% closer to what sold.</source>
        <translation>Previstas así desde cada una de las últimas %1 semanas, esas semanas quedaron un %2 % más cerca de lo vendido.</translation>
    </message>
</context>
<context>
    <name>SearchPush</name>
    <message>
        <source>Could not write %1 (%2). Choose a folder you can write to.</source>
        <translation>No se pudo escribir %1 (%2). Elige una carpeta en la que tengas permiso para escribir.</translation>
    </message>
    <message>
        <source>Could not finish writing %1 (%2); check the free disk space.</source>
        <translation>No se pudo terminar de escribir %1 (%2); comprueba el espacio libre en disco.</translation>
    </message>
    <message>
        <source>Could not create the folder %1. Choose a folder you can write to.</source>
        <translation>No se pudo crear la carpeta %1. Elige una carpeta en la que tengas permiso para escribir.</translation>
    </message>
</context>
<context>
    <name>SearchStage</name>
    <message>
        <source>searches finding nothing, last 4 weeks (%)</source>
        <translation>búsquedas sin resultados, últimas 4 semanas (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n quer(ies) replayed; %1 find nothing, %2 of them not carried</source>
        <translation>
            <numerusform>%n consulta reproducida; %1 no encuentran nada, %2 de ellas de artículos que no vendes</numerusform>
            <numerusform>%n consultas reproducidas; %1 no encuentran nada, %2 de ellas de artículos que no vendes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unmet quer(ies)</source>
        <translation>
            <numerusform>%n consulta sin resultados</numerusform>
            <numerusform>%n consultas sin resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
</context>
<context>
    <name>SearchTermImporter</name>
    <message>
        <source>Shopify search report</source>
        <translation>Informe de búsquedas de Shopify</translation>
    </message>
    <message>
        <source>Google Analytics 4 search terms</source>
        <translation>Términos de búsqueda de Google Analytics 4</translation>
    </message>
    <message>
        <source>Algolia top searches</source>
        <translation>Búsquedas principales de Algolia</translation>
    </message>
    <message>
        <source>Search terms (date, query, searches, clicks, results)</source>
        <translation>Términos de búsqueda (fecha, consulta, búsquedas, clics, resultados)</translation>
    </message>
    <message>
        <source>the row has no search query (a totals row is skipped this way)</source>
        <translation>la fila no tiene consulta de búsqueda (así se omite una fila de totales)</translation>
    </message>
    <message>
        <source>the row has no number of searches</source>
        <translation>la fila no tiene número de búsquedas</translation>
    </message>
    <message>
        <source>the number of searches is negative</source>
        <translation>el número de búsquedas es negativo</translation>
    </message>
</context>
<context>
    <name>Segments</name>
    <message>
        <source>Champions</source>
        <translation>Campeones</translation>
    </message>
    <message>
        <source>Loyal</source>
        <translation>Leales</translation>
    </message>
    <message>
        <source>Potential loyalists</source>
        <translation>Leales potenciales</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Promising</source>
        <translation>Prometedores</translation>
    </message>
    <message>
        <source>Need attention</source>
        <translation>Necesitan atención</translation>
    </message>
    <message>
        <source>About to sleep</source>
        <translation>A punto de dormirse</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En riesgo</translation>
    </message>
    <message>
        <source>Can&apos;t lose them</source>
        <translation>No se pueden perder</translation>
    </message>
    <message>
        <source>Hibernating</source>
        <translation>Hibernando</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Perdidos</translation>
    </message>
    <message>
        <source>Bought recently and often: first to hear of new products; they rarely need a discount.</source>
        <translation>Han comprado hace poco y a menudo: los primeros en enterarse de los productos nuevos; rara vez necesitan un descuento.</translation>
    </message>
    <message>
        <source>Buy regularly: reward them, ask for reviews.</source>
        <translation>Compran con regularidad: recompénsalos y pídeles reseñas.</translation>
    </message>
    <message>
        <source>Recent, a few orders: a nudge towards the next order makes them loyal.</source>
        <translation>Recientes, con unos pocos pedidos: un empujón hacia el siguiente pedido los vuelve leales.</translation>
    </message>
    <message>
        <source>First order just now: welcome them and help them order again.</source>
        <translation>Primer pedido hace nada: dales la bienvenida y ayúdalos a volver a pedir.</translation>
    </message>
    <message>
        <source>One fairly recent order: remind them of what they liked.</source>
        <translation>Un pedido bastante reciente: recuérdales lo que les gustó.</translation>
    </message>
    <message>
        <source>Neither recent nor frequent: a timely offer keeps them.</source>
        <translation>Ni recientes ni frecuentes: una oferta a tiempo los retiene.</translation>
    </message>
    <message>
        <source>Fading: bring them back before they forget the store.</source>
        <translation>Se están alejando: recupéralos antes de que olviden la tienda.</translation>
    </message>
    <message>
        <source>Bought often, but not for a while: win them back personally.</source>
        <translation>Compraban a menudo, pero hace tiempo que no: recupéralos de forma personal.</translation>
    </message>
    <message>
        <source>Used to be the best customers and stopped: reach out before they are lost.</source>
        <translation>Eran los mejores clientes y dejaron de comprar: contacta con ellos antes de perderlos.</translation>
    </message>
    <message>
        <source>One order long ago: only the strongest offers wake them.</source>
        <translation>Un pedido hace mucho tiempo: solo las mejores ofertas los despiertan.</translation>
    </message>
    <message>
        <source>Long gone: leave them out of most campaigns.</source>
        <translation>Se fueron hace tiempo: déjalos fuera de la mayoría de las campañas.</translation>
    </message>
</context>
<context>
    <name>ServiceActions</name>
    <message>
        <source>Add “%1” to your FAQ and product template</source>
        <translation>Añadir “%1” a tus preguntas frecuentes y a tu plantilla de producto</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) asked about %1 across %2 products whose pages do not say; no single product stands out, so one store-wide answer helps most.</source>
        <translation>
            <numerusform>%n ticket preguntó por %1 en %2 productos cuyas páginas no lo dicen; ningún producto destaca, así que una respuesta para toda la tienda es lo que más ayuda.</numerusform>
            <numerusform>%n tickets preguntaron por %1 en %2 productos cuyas páginas no lo dicen; ningún producto destaca, así que una respuesta para toda la tienda es lo que más ayuda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fewer tickets asking about %1</source>
        <translation>Menos tickets que preguntan por %1</translation>
    </message>
    <message>
        <source>Tickets asking about %1, per 4 weeks</source>
        <translation>Tickets que preguntan por %1, cada 4 semanas</translation>
    </message>
    <message>
        <source>Write a saved reply and FAQ entry for “%1”</source>
        <translation>Escribir una respuesta guardada y una pregunta frecuente sobre “%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) about %1 in the last four weeks. A saved reply answers them in seconds; an FAQ entry answers some before they are sent.</source>
        <translation>
            <numerusform>%n ticket sobre %1 en las últimas cuatro semanas. Una respuesta guardada los contesta en segundos; una pregunta frecuente resuelve algunos antes de que se envíen.</numerusform>
            <numerusform>%n tickets sobre %1 en las últimas cuatro semanas. Una respuesta guardada los contesta en segundos; una pregunta frecuente resuelve algunos antes de que se envíen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Faster first replies and fewer tickets about %1</source>
        <translation>Primeras respuestas más rápidas y menos tickets sobre %1</translation>
    </message>
    <message>
        <source>Tickets about %1, per 4 weeks</source>
        <translation>Tickets sobre %1, cada 4 semanas</translation>
    </message>
</context>
<context>
    <name>ServiceCommands</name>
    <message>
        <source>No analysed tickets yet: import a help-desk export, then run `flywheel-cli --db STORE run --stage service`.</source>
        <translation>Todavía no hay tickets analizados: importa una exportación de tu servicio de ayuda y luego ejecuta `flywheel-cli --db TIENDA run --stage service`.</translation>
    </message>
    <message>
        <source>No content gaps: either no customer asked the same thing about a product often enough, or the Service stage has not run yet.</source>
        <translation>No hay vacíos de contenido: o ningún cliente preguntó lo mismo sobre un producto las veces suficientes, o la etapa Servicio aún no se ha ejecutado.</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %n customer(s) asked; %3 %4 at risk</source>
        <translation>
            <numerusform>%1 — %2: preguntó %n cliente; %3 %4 en riesgo</numerusform>
            <numerusform>%1 — %2: preguntaron %n clientes; %3 %4 en riesgo</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceMessages</name>
    <message>
        <source>The analysis was cancelled; nothing was changed.</source>
        <translation>Se canceló el análisis; no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>ServiceStage</name>
    <message>
        <source>negative tickets, last 4 weeks (%)</source>
        <translation>tickets negativos, últimas 4 semanas (%)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) and %1 reviews read; %2 content gaps</source>
        <translation>
            <numerusform>%n ticket y %1 reseñas leídos; %2 vacíos de contenido</numerusform>
            <numerusform>%n tickets y %1 reseñas leídos; %2 vacíos de contenido</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n content gap(s)</source>
        <translation>
            <numerusform>%n vacío de contenido</numerusform>
            <numerusform>%n vacíos de contenido</numerusform>
        </translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 must be between %2 and %3; %4 is outside that range.</source>
        <translation>%1 debe estar entre %2 y %3; %4 queda fuera de ese rango.</translation>
    </message>
    <message>
        <source>%1 has %2 characters; keep it to %3.</source>
        <translation>%1 tiene %2 caracteres; el máximo es %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the choices for %2.</source>
        <translation>«%1» no es una de las opciones de %2.</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>German</source>
        <translation>Alemán</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Francés</translation>
    </message>
    <message>
        <source>Italian</source>
        <translation>Italiano</translation>
    </message>
    <message>
        <source>Dutch</source>
        <translation>Neerlandés</translation>
    </message>
    <message>
        <source>Portuguese</source>
        <translation>Portugués</translation>
    </message>
    <message>
        <source>Turkish</source>
        <translation>Turco</translation>
    </message>
    <message>
        <source>Same as the computer</source>
        <translation>Igual que el ordenador</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code. Use the three letters of your currency, such as USD, EUR, GBP or TRY.</source>
        <translation>«%1» no es un código de moneda. Usa las tres letras de tu moneda, como USD, EUR, GBP o TRY.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows. Choose one from the list, such as Europe/Istanbul or America/New_York.</source>
        <translation>«%1» no es una zona horaria que conozca este ordenador. Elige una de la lista, como Europe/Istanbul o America/New_York.</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Store name</source>
        <translation>Nombre de la tienda</translation>
    </message>
    <message>
        <source>Shown in the window title and on files Flywheel writes for you.</source>
        <translation>Aparece en el título de la ventana y en los archivos que Flywheel escribe por ti.</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Three-letter code (USD, EUR, TRY, …) for prices in files that do not name their currency.</source>
        <translation>Código de tres letras (USD, EUR, TRY, …) para los precios de archivos que no indican su moneda.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Where your store&apos;s day starts and ends, for daily and weekly figures.</source>
        <translation>Dónde empieza y termina el día de tu tienda, para las cifras diarias y semanales.</translation>
    </message>
    <message>
        <source>Customers&apos; language</source>
        <translation>Idioma de los clientes</translation>
    </message>
    <message>
        <source>The language of your reviews and support messages, so Flywheel reads them with the right words.</source>
        <translation>El idioma de tus reseñas y mensajes de atención al cliente, para que Flywheel los lea con las palabras correctas.</translation>
    </message>
    <message>
        <source>Questions before a content gap</source>
        <translation>Preguntas antes de un vacío de contenido</translation>
    </message>
    <message>
        <source>How many customers must ask about the same detail of a product before Flywheel suggests adding it to the product page.</source>
        <translation>Cuántos clientes deben preguntar por el mismo detalle de un producto antes de que Flywheel sugiera añadirlo a la página del producto.</translation>
    </message>
    <message>
        <source>questions</source>
        <translation>preguntas</translation>
    </message>
    <message>
        <source>Unhappy-customer alert</source>
        <translation>Aviso de clientes descontentos</translation>
    </message>
    <message>
        <source>Flag a product when at least this share of its reviews and messages is negative.</source>
        <translation>Marcar un producto cuando al menos esta parte de sus reseñas y mensajes es negativa.</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Searches without results alert</source>
        <translation>Aviso de búsquedas sin resultados</translation>
    </message>
    <message>
        <source>Flag your site search when at least this share of searches finds nothing.</source>
        <translation>Marcar la búsqueda de tu sitio cuando al menos esta parte de las búsquedas no encuentra nada.</translation>
    </message>
    <message>
        <source>Supplier lead time</source>
        <translation>Plazo de entrega del proveedor</translation>
    </message>
    <message>
        <source>Days from placing a purchase order to having the goods on the shelf, for products without a lead time of their own.</source>
        <translation>Días desde que haces un pedido de compra hasta que la mercancía está en el estante, para los productos sin plazo de entrega propio.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>How often an order should find the product in stock. Higher means fewer stockouts and more stock to pay for.</source>
        <translation>Con qué frecuencia un pedido debería encontrar el producto en stock. Más alto significa menos roturas de stock y más stock que pagar.</translation>
    </message>
    <message>
        <source>Overstock after</source>
        <translation>Exceso de stock a partir de</translation>
    </message>
    <message>
        <source>A product counts as overstocked when its stock would last longer than this at the current pace of sales.</source>
        <translation>Un producto tiene exceso de stock cuando sus existencias durarían más que esto al ritmo de ventas actual.</translation>
    </message>
    <message>
        <source>weeks of sales</source>
        <translation>semanas de ventas</translation>
    </message>
    <message>
        <source>Language of Flywheel</source>
        <translation>Idioma de Flywheel</translation>
    </message>
    <message>
        <source>The language of menus, buttons and messages. Money, dates and numbers follow it too.</source>
        <translation>El idioma de los menús, botones y mensajes. El dinero, las fechas y los números también lo siguen.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>Held-back control group</source>
        <translation>Grupo de control reservado</translation>
    </message>
    <message>
        <source>The share of each promotion&apos;s audience that is chosen at random and gets nothing. Comparing the two groups afterwards shows what the promotion really changed.</source>
        <translation>La parte de la audiencia de cada promoción que se elige al azar y no recibe nada. Comparar después los dos grupos muestra lo que la promoción cambió de verdad.</translation>
    </message>
    <message>
        <source>Lowest margin on a promotion</source>
        <translation>Margen mínimo en una promoción</translation>
    </message>
    <message>
        <source>A promotion never discounts a product below this margin over its cost. Products without a cost are never discounted by more than the largest discount.</source>
        <translation>Una promoción nunca rebaja un producto por debajo de este margen sobre su coste. Los productos sin coste nunca se rebajan más que el descuento máximo.</translation>
    </message>
    <message>
        <source>Largest discount</source>
        <translation>Descuento máximo</translation>
    </message>
    <message>
        <source>No promotion suggests a deeper discount than this.</source>
        <translation>Ninguna promoción sugiere un descuento mayor que este.</translation>
    </message>
    <message>
        <source>Promotion length</source>
        <translation>Duración de la promoción</translation>
    </message>
    <message>
        <source>How long a suggested promotion&apos;s code is valid.</source>
        <translation>Cuánto tiempo es válido el código de una promoción sugerida.</translation>
    </message>
    <message>
        <source>Demo store size</source>
        <translation>Tamaño de la tienda de demostración</translation>
    </message>
    <message>
        <source>The size the demo store was made at; empty for a real store.</source>
        <translation>El tamaño con el que se creó la tienda de demostración; vacío en una tienda real.</translation>
    </message>
    <message>
        <source>Demo store seed</source>
        <translation>Semilla de la tienda de demostración</translation>
    </message>
    <message>
        <source>The random seed the demo store was made with.</source>
        <translation>La semilla aleatoria con la que se creó la tienda de demostración.</translation>
    </message>
    <message>
        <source>Demo weeks after the history</source>
        <translation>Semanas de demostración tras el historial</translation>
    </message>
    <message>
        <source>How many weeks the demo store has been advanced past its history.</source>
        <translation>Cuántas semanas se ha hecho avanzar la tienda de demostración más allá de su historial.</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>Demo purchase orders placed</source>
        <translation>Órdenes de compra de demostración realizadas</translation>
    </message>
    <message>
        <source>The pushed reorders the advanced demo store has already ordered.</source>
        <translation>Las reposiciones enviadas que la tienda de demostración avanzada ya ha pedido.</translation>
    </message>
</context>
<context>
    <name>ShopifyCustomersImporter</name>
    <message>
        <source>Shopify customers export</source>
        <translation>Exportación de clientes de Shopify</translation>
    </message>
    <message>
        <source>the customer has neither an e-mail address nor a customer ID</source>
        <translation>el cliente no tiene ni dirección de correo electrónico ni ID de cliente</translation>
    </message>
</context>
<context>
    <name>ShopifyInventoryImporter</name>
    <message>
        <source>Shopify inventory export</source>
        <translation>Exportación de inventario de Shopify</translation>
    </message>
    <message>
        <source>the row has no product handle</source>
        <translation>la fila no tiene handle de producto</translation>
    </message>
    <message>
        <source>the row names no location</source>
        <translation>la fila no indica ninguna ubicación</translation>
    </message>
    <message>
        <source>&quot;%1&quot; %2</source>
        <translation>“%1” %2</translation>
    </message>
</context>
<context>
    <name>ShopifyOrdersImporter</name>
    <message>
        <source>Shopify orders export</source>
        <translation>Exportación de pedidos de Shopify</translation>
    </message>
    <message>
        <source>this line item&apos;s order has no first row with the order&apos;s totals in this file or the store</source>
        <translation>el pedido de esta línea no tiene una primera fila con los totales del pedido ni en este archivo ni en la tienda</translation>
    </message>
    <message>
        <source>Line %1: the SKU &quot;%2&quot; was turned into a number by a spreadsheet and cannot be matched; export the orders again without opening them in Excel.</source>
        <translation>Línea %1: una hoja de cálculo convirtió el SKU “%2” en un número y no se puede emparejar; vuelve a exportar los pedidos sin abrirlos en Excel.</translation>
    </message>
    <message>
        <source>the order name is empty</source>
        <translation>el nombre del pedido está vacío</translation>
    </message>
    <message>
        <source>the line item has no name</source>
        <translation>la línea del pedido no tiene nombre</translation>
    </message>
    <message>
        <source>the line item has no quantity</source>
        <translation>la línea del pedido no tiene cantidad</translation>
    </message>
    <message>
        <source>the order has no creation date</source>
        <translation>el pedido no tiene fecha de creación</translation>
    </message>
</context>
<context>
    <name>ShopifyProductsImporter</name>
    <message>
        <source>Shopify products export</source>
        <translation>Exportación de productos de Shopify</translation>
    </message>
    <message>
        <source>the product has no handle</source>
        <translation>el producto no tiene handle</translation>
    </message>
    <message>
        <source>Line %1: the barcode &quot;%2&quot; was turned into a number by a spreadsheet and its digits are lost; it was left empty. Export the products again without opening them in Excel.</source>
        <translation>Línea %1: una hoja de cálculo convirtió el código de barras “%2” en un número y se perdieron sus dígitos; se dejó vacío. Vuelve a exportar los productos sin abrirlos en Excel.</translation>
    </message>
</context>
<context>
    <name>SpendModel</name>
    <message>
        <source>A repeat customer&apos;s spend is impossible (%1 repeat purchases averaging %2); the order history needs to be read again.</source>
        <translation>El gasto de un cliente recurrente es imposible (%1 compras repetidas con una media de %2); hay que volver a leer el historial de pedidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have paid for a second order so far, too few to estimate what customers will spend per order; the estimate appears once at least %1 customers have paid for a repeat order.</source>
        <translation>
            <numerusform>Hasta ahora %n cliente ha pagado un segundo pedido, demasiado pocos para estimar cuánto gastarán los clientes por pedido; la estimación aparecerá cuando al menos %1 clientes hayan pagado un pedido repetido.</numerusform>
            <numerusform>Hasta ahora %n clientes han pagado un segundo pedido, demasiado pocos para estimar cuánto gastarán los clientes por pedido; la estimación aparecerá cuando al menos %1 clientes hayan pagado un pedido repetido.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlRowLoader</name>
    <message>
        <source>The store has no table named &quot;%1&quot;.</source>
        <translation>La tienda no tiene ninguna tabla llamada «%1».</translation>
    </message>
</context>
<context>
    <name>Stage</name>
    <message>
        <source>The %1 analysis was cancelled; the previous results are kept.</source>
        <translation>Se canceló el análisis de %1; se conservan los resultados anteriores.</translation>
    </message>
</context>
<context>
    <name>StockHealth</name>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Reorder now</source>
        <translation>Reponer ahora</translation>
    </message>
    <message>
        <source>Overstocked</source>
        <translation>Exceso de stock</translation>
    </message>
    <message>
        <source>Healthy</source>
        <translation>Saludable</translation>
    </message>
    <message>
        <source>No demand</source>
        <translation>Sin demanda</translation>
    </message>
    <message>
        <source>Not on sale</source>
        <translation>No está a la venta</translation>
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
        <translation>Un grupo necesita al menos dos palabras que signifiquen lo mismo, separadas por comas, p. ej., “jersey, suéter”.</translation>
    </message>
    <message>
        <source>A group can hold at most %1 synonyms and this one has %2. Split it into smaller groups.</source>
        <translation>Un grupo puede tener como máximo %1 sinónimos y este tiene %2. Divídelo en grupos más pequeños.</translation>
    </message>
    <message>
        <source>%1 has %2 words; a synonym can have at most %3. Shorten it.</source>
        <translation>%1 tiene %2 palabras; un sinónimo puede tener como máximo %3. Acórtalo.</translation>
    </message>
    <message>
        <source>%1 is already in the group %2, and a word can be in only one group. Add the other words to that group instead.</source>
        <translation>%1 ya está en el grupo %2, y una palabra solo puede estar en un grupo. Añade las demás palabras a ese grupo.</translation>
    </message>
    <message>
        <source>That synonym group is no longer there; it may have been deleted. Add it again.</source>
        <translation>Ese grupo de sinónimos ya no existe; puede que se haya eliminado. Vuelve a añadirlo.</translation>
    </message>
</context>
<context>
    <name>TicketImporter</name>
    <message>
        <source>Zendesk tickets export</source>
        <translation>Exportación de tickets de Zendesk</translation>
    </message>
    <message>
        <source>Freshdesk tickets export</source>
        <translation>Exportación de tickets de Freshdesk</translation>
    </message>
    <message>
        <source>Tickets (id, created, subject, body, customer email, order number, …)</source>
        <translation>Tickets (ID, creación, asunto, texto, correo del cliente, número de pedido, …)</translation>
    </message>
    <message>
        <source>the ticket has no ID</source>
        <translation>el ticket no tiene ID</translation>
    </message>
    <message>
        <source>the ticket has no creation date</source>
        <translation>el ticket no tiene fecha de creación</translation>
    </message>
</context>
<context>
    <name>Trends</name>
    <message>
        <source>Spike</source>
        <translation>Pico</translation>
    </message>
    <message>
        <source>Rising</source>
        <translation>En alza</translation>
    </message>
    <message>
        <source>Steady</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Falling</source>
        <translation>En descenso</translation>
    </message>
    <message>
        <source>recent level, moved with its season last year</source>
        <translation>nivel reciente, ajustado a su temporada del año pasado</translation>
    </message>
    <message>
        <source>recent level, moved with its peers</source>
        <translation>nivel reciente, ajustado a sus pares</translation>
    </message>
    <message>
        <source>recent level, moved with the store</source>
        <translation>nivel reciente, ajustado a toda la tienda</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>expected a date such as 2025-05-11 or 2025-05-11 09:55:16 -0400</source>
        <translation>no es una fecha como 2025-05-11 o 2025-05-11 09:55:16 -0400</translation>
    </message>
    <message>
        <source>expected an amount such as 12.50</source>
        <translation>no es un importe como 12.50</translation>
    </message>
    <message>
        <source>has more decimals than the currency allows</source>
        <translation>tiene más decimales de los que permite la moneda</translation>
    </message>
    <message>
        <source>is too large to be an amount</source>
        <translation>es demasiado grande para ser un importe</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>no es un número entero</translation>
    </message>
    <message>
        <source>expected a number such as 12.5</source>
        <translation>no es un número como 12.5</translation>
    </message>
    <message>
        <source>expected yes or no (true/false)</source>
        <translation>no es sí o no (true/false)</translation>
    </message>
</context>
<context>
    <name>VariantForecasts</name>
    <message>
        <source>The demand forecast was cancelled; the previous forecasts are kept.</source>
        <translation>Se canceló la previsión de la demanda; se conservan las previsiones anteriores.</translation>
    </message>
</context>
<context>
    <name>VendorTerms</name>
    <message>
        <source>A lead time of %1 days for %2 is out of range; enter 1 to 365 days.</source>
        <translation>Un plazo de entrega de %1 días para %2 está fuera de rango; introduce de 1 a 365 días.</translation>
    </message>
    <message>
        <source>A service level of %1 % for %2 is out of range; enter 50 to 99.9 %.</source>
        <translation>Un nivel de servicio del %1 % para %2 está fuera de rango; introduce de 50 a 99,9 %.</translation>
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
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>up from %1</source>
        <translation>sube desde %1</translation>
    </message>
    <message>
        <source>down from %1</source>
        <translation>baja desde %1</translation>
    </message>
    <message>
        <source>Orders up to %1</source>
        <translation>Pedidos hasta el %1</translation>
    </message>
    <message>
        <source>No orders imported yet</source>
        <translation>Todavía no se han importado pedidos</translation>
    </message>
    <message>
        <source>Weekly report</source>
        <translation>Informe semanal</translation>
    </message>
    <message>
        <source>%1  ·  generated %2</source>
        <translation>%1  ·  generado el %2</translation>
    </message>
    <message>
        <source>first run</source>
        <translation>primera ejecución</translation>
    </message>
    <message>
        <source>Not run yet.</source>
        <translation>Todavía no se ha ejecutado.</translation>
    </message>
    <message>
        <source>The wheel</source>
        <translation>El ciclo</translation>
    </message>
    <message>
        <source>Each stage&apos;s headline figure from its latest run, against the run before.</source>
        <translation>La cifra principal de cada etapa en su última ejecución, frente a la ejecución anterior.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Lo que encontró</translation>
    </message>
    <message>
        <source>one run so far</source>
        <translation>una ejecución hasta ahora</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>No figures recorded yet: the wheel records them each time it runs over new orders.</source>
        <translation>Todavía no hay cifras registradas: el ciclo las registra cada vez que se ejecuta sobre pedidos nuevos.</translation>
    </message>
    <message>
        <source>The wheel&apos;s figures each time the store was analysed; the dot is the latest. Green is better than the run before, red is worse.</source>
        <translation>Las cifras del ciclo cada vez que se analizó la tienda; el punto es la más reciente. El verde es mejor que la ejecución anterior y el rojo, peor.</translation>
    </message>
    <message>
        <source>Actions waiting for you</source>
        <translation>Acciones que te esperan</translation>
    </message>
    <message>
        <source>No action is waiting for you: every suggestion has been handled.</source>
        <translation>No hay ninguna acción esperándote: todas las sugerencias están atendidas.</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>aceptada</translation>
    </message>
    <message>
        <source>Expected: %1</source>
        <translation>Esperado: %1</translation>
    </message>
    <message>
        <source>The %1 most important of %2 waiting actions: accepted ones first, then each stage&apos;s surest with the most evidence. The action queue in Flywheel has them all.</source>
        <translation>Las %1 más importantes de %2 acciones pendientes: primero las aceptadas y luego las más seguras de cada etapa con más pruebas. La cola de acciones de Flywheel las tiene todas.</translation>
    </message>
    <message>
        <source>Accepted ones first, then each stage&apos;s surest with the most evidence.</source>
        <translation>Primero las aceptadas y luego las más seguras de cada etapa con más pruebas.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>incierto</translation>
    </message>
    <message>
        <source>worked</source>
        <translation>funcionó</translation>
    </message>
    <message>
        <source>went the wrong way</source>
        <translation>fue en la dirección equivocada</translation>
    </message>
    <message>
        <source>Outcomes</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Nothing pushed yet, so there is nothing to measure. Push accepted actions; later reports measure what each one did.</source>
        <translation>Todavía no se ha enviado nada, así que no hay nada que medir. Envía las acciones aceptadas; los próximos informes medirán lo que logró cada una.</translation>
    </message>
    <message>
        <source>%1 measured, %2 still in their window. Each pushed action is judged by its own figure over the days after it against the days before, or its audience against the held-back group.</source>
        <translation>%1 medidas, %2 aún en su periodo de medición. Cada acción enviada se juzga por su propia cifra en los días posteriores frente a los anteriores, o por su audiencia frente al grupo de control.</translation>
    </message>
    <message>
        <source>Action and what it did</source>
        <translation>Acción y lo que logró</translation>
    </message>
    <message>
        <source>Stage and figure</source>
        <translation>Etapa y cifra</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Weekly report — %1</source>
        <translation>Informe semanal — %1</translation>
    </message>
    <message>
        <source>Made by Flywheel on your own computer from the store&apos;s data.</source>
        <translation>Creado por Flywheel en tu propio ordenador a partir de los datos de la tienda.</translation>
    </message>
    <message>
        <source>Weekly report · %1 · %2</source>
        <translation>Informe semanal · %1 · %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>The report is written as a web page or a PDF, and &quot;%1&quot; is neither: end the file name with .html or .pdf.</source>
        <translation>El informe se escribe como página web o como PDF, y «%1» no es ninguna de las dos cosas: termina el nombre del archivo en .html o .pdf.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Choose a folder you can write to.</source>
        <translation>No se pudo escribir el informe en %1: %2. Elige una carpeta en la que puedas escribir.</translation>
    </message>
    <message>
        <source>Could not write the report to %1: %2. Check that the disk has room and try again.</source>
        <translation>No se pudo escribir el informe en %1: %2. Comprueba que hay espacio en el disco y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>WheelStages</name>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Reads your help-desk tickets and reviews: how customers feel, what they ask, and which product questions your pages leave unanswered.</source>
        <translation>Lee los tickets de tu servicio de ayuda y tus reseñas: cómo se sienten los clientes, qué preguntan y qué preguntas sobre productos dejan sin responder tus páginas.</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Finds the attributes, tags and descriptions your products are missing, starting with what customers keep asking about.</source>
        <translation>Encuentra los atributos, etiquetas y descripciones que les faltan a tus productos, empezando por lo que los clientes preguntan una y otra vez.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Explains the searches on your site that find nothing or the wrong thing: typos, wording, missing filters, items out of stock or not carried.</source>
        <translation>Explica las búsquedas de tu sitio que no encuentran nada o encuentran lo que no es: errores de escritura, palabras distintas, filtros que faltan, artículos agotados o que no vendes.</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Merchandising</translation>
    </message>
    <message>
        <source>Spots trending searches and products and suggests which products to feature and how to order your collections.</source>
        <translation>Detecta las búsquedas y los productos en auge y sugiere qué productos destacar y cómo ordenar tus colecciones.</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Forecasts demand per item, warns before stock runs out or piles up, and drafts purchase orders.</source>
        <translation>Prevé la demanda de cada artículo, avisa antes de que el stock se agote o se acumule y prepara pedidos de compra.</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>Turns overstock into promotions for the customers most likely to respond, with a held-back group to measure what the promotion really did.</source>
        <translation>Convierte el exceso de stock en promociones para los clientes con más probabilidades de responder, con un grupo de control para medir lo que la promoción consiguió de verdad.</translation>
    </message>
</context>
<context>
    <name>WooCustomersImporter</name>
    <message>
        <source>WooCommerce Analytics customers download</source>
        <translation>Descarga de clientes de WooCommerce Analytics</translation>
    </message>
    <message>
        <source>the customer has no e-mail address</source>
        <translation>el cliente no tiene dirección de correo electrónico</translation>
    </message>
</context>
<context>
    <name>WooOrdersImporter</name>
    <message>
        <source>WooCommerce Analytics orders download</source>
        <translation>Descarga de pedidos de WooCommerce Analytics</translation>
    </message>
    <message>
        <source>the order has no number</source>
        <translation>el pedido no tiene número</translation>
    </message>
    <message>
        <source>the order has no date</source>
        <translation>el pedido no tiene fecha</translation>
    </message>
    <message>
        <source>the order lists no products</source>
        <translation>el pedido no incluye productos</translation>
    </message>
</context>
<context>
    <name>WooProductsImporter</name>
    <message>
        <source>WooCommerce products export</source>
        <translation>Exportación de productos de WooCommerce</translation>
    </message>
    <message>
        <source>the product has neither an ID nor a SKU</source>
        <translation>el producto no tiene ni ID ni SKU</translation>
    </message>
    <message>
        <source>the variation&apos;s parent product is neither in this file nor in the store</source>
        <translation>el producto principal de la variación no está ni en este archivo ni en la tienda</translation>
    </message>
</context>
<context>
    <name>flywheel::AboutDialog</name>
    <message>
        <source>About Flywheel</source>
        <translation>Acerca de Flywheel</translation>
    </message>
    <message>
        <source>Flywheel</source>
        <translation>Flywheel</translation>
    </message>
    <message>
        <source>Turns your online store&apos;s exports into a queue of concrete actions, pushes them back out as files your platforms import, and measures what they did.</source>
        <translation>Convierte las exportaciones de tu tienda online en una cola de acciones concretas, las devuelve como archivos que tus plataformas importan y mide lo que consiguieron.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: Flywheel opens no network connection.</source>
        <translation>Nada sale de este ordenador: Flywheel no abre ninguna conexión de red.</translation>
    </message>
    <message>
        <source>Flywheel is free software under the GNU General Public License, version 3 or later, and comes with no warranty. Built with Qt %1, running on Qt %2.</source>
        <translation>Flywheel es software libre bajo la Licencia Pública General de GNU, versión 3 o posterior, y se ofrece sin garantía. Compilado con Qt %1, ejecutándose con Qt %2.</translation>
    </message>
    <message>
        <source>Show licence</source>
        <translation>Mostrar licencia</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Each store is one .flywheel file, kept where you chose when you created it. The demo store is in %1 and Flywheel&apos;s settings in %2. To back up a store, copy its .flywheel file while Flywheel is closed; to restore it, open the copy.</source>
        <translation>Cada tienda es un archivo .flywheel, guardado donde elegiste al crearla. La tienda de demostración está en %1 y los ajustes de Flywheel en %2. Para hacer una copia de seguridad de una tienda, copia su archivo .flywheel con Flywheel cerrado; para restaurarla, abre la copia.</translation>
    </message>
    <message>
        <source>The licence text is missing from this copy of Flywheel.</source>
        <translation>Falta el texto de la licencia en esta copia de Flywheel.</translation>
    </message>
    <message>
        <source>Hide licence</source>
        <translation>Ocultar licencia</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionDetailPane</name>
    <message>
        <source>Pick an action to see why it is suggested and decide on it.</source>
        <translation>Elige una acción para ver por qué se sugiere y decidir sobre ella.</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Reabrir</translation>
    </message>
    <message>
        <source>Accept: Push will hand this action out as a file</source>
        <translation>Aceptar: Enviar entregará esta acción como archivo</translation>
    </message>
    <message>
        <source>Dismiss: it will not be suggested again unless its evidence grows</source>
        <translation>Descartar: no se volverá a sugerir a menos que aumenten sus pruebas</translation>
    </message>
    <message>
        <source>Put the action back among the new ones</source>
        <translation>Devolver la acción a las nuevas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Expected effect</source>
        <translation>Efecto esperado</translation>
    </message>
    <message>
        <source>How it will be measured</source>
        <translation>Cómo se medirá</translation>
    </message>
    <message>
        <source>%1% confident</source>
        <translation>%1&#xa0;% de confianza</translation>
    </message>
    <message numerus="yes">
        <source>%1, over %n day(s) after it is pushed.</source>
        <translation>
            <numerusform>%1, durante %n día después de enviarla.</numerusform>
            <numerusform>%1, durante %n días después de enviarla.</numerusform>
        </translation>
    </message>
    <message>
        <source>Across the wheel</source>
        <translation>A lo largo del ciclo</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueueModel</name>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Pushed</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizada</translation>
    </message>
</context>
<context>
    <name>flywheel::ActionQueuePage</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Open (new and accepted)</source>
        <translation>Abiertas (nuevas y aceptadas)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n action(s)</source>
        <translation>
            <numerusform>%1 de %n acción</numerusform>
            <numerusform>%1 de %n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No actions yet. Press Run: each stage of the wheel adds the actions it finds here.</source>
        <translation>Todavía no hay acciones. Pulsa Ejecutar: cada etapa del ciclo añade aquí las acciones que encuentra.</translation>
    </message>
    <message>
        <source>No action matches these filters.</source>
        <translation>Ninguna acción coincide con estos filtros.</translation>
    </message>
</context>
<context>
    <name>flywheel::CollectionOrderView</name>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Sugerido</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Collection order</source>
        <translation>Orden de la colección</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n product(s))</source>
        <translation>
            <numerusform>%1 (%n producto)</numerusform>
            <numerusform>%1 (%n productos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — new order accepted</source>
        <translation>%1 — nuevo orden aceptado</translation>
    </message>
    <message>
        <source>%1 — reorder suggested</source>
        <translation>%1 — se sugiere reordenar</translation>
    </message>
    <message>
        <source>No collections ranked yet: import a collections list and press Run.</source>
        <translation>Todavía no hay colecciones ordenadas: importa una lista de colecciones y pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>A new order is suggested: accept it below to write it as a file.</source>
        <translation>Se sugiere un nuevo orden: acéptalo abajo para escribirlo como archivo.</translation>
    </message>
    <message>
        <source>The current order is close to the suggested one.</source>
        <translation>El orden actual se parece al sugerido.</translation>
    </message>
    <message>
        <source>Could not read the collection&apos;s order: %1</source>
        <translation>No se pudo leer el orden de la colección: %1</translation>
    </message>
</context>
<context>
    <name>flywheel::ContentPanel</name>
    <message>
        <source>Answer a question</source>
        <translation>Responder una pregunta</translation>
    </message>
    <message>
        <source>Add a tag</source>
        <translation>Añadir una etiqueta</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Añadir un atributo</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>In a product file</source>
        <translation>En un archivo de productos</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Medida</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 y %n más</numerusform>
            <numerusform>%1 y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Save text</source>
        <translation>Guardar texto</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Write product file…</source>
        <translation>Escribir archivo de productos…</translation>
    </message>
    <message>
        <source>By product type</source>
        <translation>Por tipo de producto</translation>
    </message>
    <message>
        <source>By collection</source>
        <translation>Por colección</translation>
    </message>
    <message>
        <source>Group completeness</source>
        <translation>Completitud de los grupos</translation>
    </message>
    <message>
        <source>Completeness of the least complete groups</source>
        <translation>Completitud de los grupos menos completos</translation>
    </message>
    <message>
        <source>Product type</source>
        <translation>Tipo de producto</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Incomplete</source>
        <translation>Incompletos</translation>
    </message>
    <message>
        <source>Most often missing</source>
        <translation>Lo que más falta</translation>
    </message>
    <message>
        <source>Completeness per group</source>
        <translation>Completitud por grupo</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suggested edits</source>
        <translation>Cambios sugeridos</translation>
    </message>
    <message>
        <source>Why this edit is suggested</source>
        <translation>Por qué se sugiere este cambio</translation>
    </message>
    <message>
        <source>Text to add</source>
        <translation>Texto que añadir</translation>
    </message>
    <message>
        <source>Writes the accepted edits as a product CSV your store imports</source>
        <translation>Escribe los cambios aceptados en un CSV de productos que tu tienda importa</translation>
    </message>
    <message>
        <source>How complete product pages are</source>
        <translation>Cuán completas están las páginas de producto</translation>
    </message>
    <message>
        <source>Text to add (edit it before you accept):</source>
        <translation>Texto que añadir (edítalo antes de aceptar):</translation>
    </message>
    <message>
        <source>Suggested edits: answers to what customers ask first</source>
        <translation>Cambios sugeridos: primero, respuestas a lo que preguntan los clientes</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <source>Could not read the Content results: %1</source>
        <translation>No se pudieron leer los resultados de Contenido: %1</translation>
    </message>
    <message>
        <source>No product pages read yet. Import your products export (Shopify or WooCommerce), then press Run.</source>
        <translation>Todavía no se ha leído ninguna página de producto. Importa tu exportación de productos (Shopify o WooCommerce) y luego pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>%1 product pages read; on average they state %2% of what pages like them state. %3 edits suggested, %4 of them answers to questions customers keep asking.</source>
        <translation>Se han leído %1 páginas de producto; de media indican el %2&#xa0;% de lo que indican páginas similares. Se sugieren %3 cambios, %4 de ellos respuestas a preguntas que los clientes hacen una y otra vez.</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Colección</translation>
    </message>
    <message>
        <source>No product type</source>
        <translation>Sin tipo de producto</translation>
    </message>
    <message>
        <source>Complete (%)</source>
        <translation>Completo (%)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a suggested edit to see why it is suggested and the text to add.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecciona un cambio sugerido para ver por qué se sugiere y el texto que añadir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Pruebas</translation>
    </message>
    <message>
        <source>Write product file</source>
        <translation>Escribir archivo de productos</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>No product file was written.</source>
        <translation>No se escribió ningún archivo de productos.</translation>
    </message>
    <message>
        <source>Import it in your store&apos;s admin (Shopify: Products › Import, with “Overwrite products with matching handles”; WooCommerce: Products › Import, with “Update existing products”). Your next export then brings the new text back to Flywheel.</source>
        <translation>Impórtalo en el panel de administración de tu tienda (Shopify: Productos › Importar, con “Sobrescribir los productos con el mismo handle”; WooCommerce: Productos › Importar, con “Actualizar productos existentes”). Tu próxima exportación traerá el texto nuevo de vuelta a Flywheel.</translation>
    </message>
</context>
<context>
    <name>flywheel::DemoStoreBuilder</name>
    <message>
        <source>Creating the demo store was cancelled.</source>
        <translation>Se ha cancelado la creación de la tienda de demostración.</translation>
    </message>
</context>
<context>
    <name>flywheel::FilesPage</name>
    <message>
        <source>Choose the files to import</source>
        <translation>Elige los archivos que quieres importar</translation>
    </message>
    <message>
        <source>Exports from your shop, such as orders, customers, products or stock. Flywheel recognises each file by its columns.</source>
        <translation>Exportaciones de tu tienda, como pedidos, clientes, productos o stock. Flywheel reconoce cada archivo por sus columnas.</translation>
    </message>
    <message>
        <source>Drop export files here, or choose Add files.</source>
        <translation>Suelta aquí los archivos exportados o elige Añadir archivos.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>How Flywheel reads it</source>
        <translation>Cómo lo lee Flywheel</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Añadir archivos…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Elegir columnas…</translation>
    </message>
    <message>
        <source>Tell Flywheel yourself which column of the selected file is which</source>
        <translation>Indicar tú mismo a Flywheel qué es cada columna del archivo seleccionado</translation>
    </message>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
    <message>
        <source>Exports from your shop (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Exportaciones de tu tienda (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>flywheel::ForecastChart</name>
    <message>
        <source>Demand history and forecast of the selected variant</source>
        <translation>Historial de demanda y previsión de la variante seleccionada</translation>
    </message>
    <message>
        <source>Select a variant to see its forecast.</source>
        <translation>Selecciona una variante para ver su previsión.</translation>
    </message>
    <message>
        <source>95 % range</source>
        <translation>Rango del 95 %</translation>
    </message>
    <message>
        <source>80 % range</source>
        <translation>Rango del 80 %</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Previsión</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendido</translation>
    </message>
    <message>
        <source>Backtest</source>
        <translation>Prueba retrospectiva</translation>
    </message>
    <message>
        <source>Units per day</source>
        <translation>Unidades por día</translation>
    </message>
    <message>
        <source>Units per week</source>
        <translation>Unidades por semana</translation>
    </message>
</context>
<context>
    <name>flywheel::GenericStagePanel</name>
    <message>
        <source>Open actions</source>
        <translation>Acciones abiertas</translation>
    </message>
    <message>
        <source>Open in the action queue</source>
        <translation>Abrir en la lista de acciones</translation>
    </message>
    <message>
        <source>Open actions of %1</source>
        <translation>Acciones abiertas de %1</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Última ejecución</translation>
    </message>
    <message>
        <source>Could not read this stage: %1</source>
        <translation>No se pudo leer esta etapa: %1</translation>
    </message>
    <message>
        <source>This version of Flywheel cannot run the %1 stage yet.</source>
        <translation>Esta versión de Flywheel todavía no puede ejecutar la etapa %1.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run in the toolbar to analyse the store.</source>
        <translation>Aún no se ha ejecutado. Pulsa Ejecutar en la barra de herramientas para analizar la tienda.</translation>
    </message>
    <message>
        <source>Ran %1, in %2 s.</source>
        <translation>Ejecutada: %1, en %2 s.</translation>
    </message>
    <message>
        <source>The last run (%1) failed.</source>
        <translation>La última ejecución (%1) falló.</translation>
    </message>
    <message>
        <source>The last run (%1) was cancelled.</source>
        <translation>La última ejecución (%1) se canceló.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <source>%1 since the previous run</source>
        <translation>%1 desde la ejecución anterior</translation>
    </message>
    <message>
        <source>Passed on: %1</source>
        <translation>Transmitido: %1</translation>
    </message>
    <message>
        <source>Open actions: none</source>
        <translation>Acciones abiertas: ninguna</translation>
    </message>
    <message>
        <source>Open actions (%1)</source>
        <translation>Acciones abiertas (%1)</translation>
    </message>
</context>
<context>
    <name>flywheel::HealthModel</name>
    <message>
        <source>Days until the stock available now is expected to sell out</source>
        <translation>Días hasta que se prevé que se agote el stock disponible ahora</translation>
    </message>
    <message>
        <source>The chance of running out before a reorder placed today could arrive</source>
        <translation>La probabilidad de quedarse sin stock antes de que pueda llegar una reposición pedida hoy</translation>
    </message>
    <message>
        <source>Units to order now to reach the order-up-to level</source>
        <translation>Unidades que pedir ahora para alcanzar el nivel objetivo de stock</translation>
    </message>
    <message>
        <source>How far the forecast was off on the last weeks held out (WAPE)</source>
        <translation>Cuánto se desvió la previsión en las últimas semanas reservadas (WAPE)</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>On the way</source>
        <translation>En camino</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>Days of cover</source>
        <translation>Días de cobertura</translation>
    </message>
    <message>
        <source>Sells out</source>
        <translation>Se agota</translation>
    </message>
    <message>
        <source>Stockout risk</source>
        <translation>Riesgo de rotura</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>A pedir</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>Overstock value</source>
        <translation>Valor del exceso</translation>
    </message>
    <message>
        <source>Forecast error</source>
        <translation>Error de previsión</translation>
    </message>
    <message>
        <source>How long the oldest unit on hand has probably been in stock, first in first out</source>
        <translation>Cuánto tiempo lleva probablemente en stock la unidad más antigua (primero en entrar, primero en salir)</translation>
    </message>
    <message>
        <source>Oldest unit (days)</source>
        <translation>Unidad más antigua (días)</translation>
    </message>
</context>
<context>
    <name>flywheel::HomePage</name>
    <message>
        <source>Nothing imported yet: press Import to bring in your shop&apos;s exports.</source>
        <translation>Todavía no se ha importado nada: pulsa Importar para traer las exportaciones de tu tienda.</translation>
    </message>
    <message>
        <source>Last import %1</source>
        <translation>Última importación: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln pedido</numerusform>
            <numerusform>%Ln pedidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln producto</numerusform>
            <numerusform>%Ln productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
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
            <numerusform>%Ln reseña</numerusform>
            <numerusform>%Ln reseñas</numerusform>
        </translation>
    </message>
    <message>
        <source>not analysed yet</source>
        <translation>aún sin analizar</translation>
    </message>
    <message>
        <source>analysed %1</source>
        <translation>analizada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pushed action(s) measured, %1 clearly worked</source>
        <translation>
            <numerusform>%n acción enviada medida, %1 con efecto claro</numerusform>
            <numerusform>%n acciones enviadas medidas, %1 con efecto claro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for their window to pass</source>
        <translation>
            <numerusform>%n espera a que pase su periodo de medición</numerusform>
            <numerusform>%n esperan a que pase su periodo de medición</numerusform>
        </translation>
    </message>
    <message>
        <source>Outcomes: %1 (see each in Actions).</source>
        <translation>Resultados: %1 (consulta cada uno en Acciones).</translation>
    </message>
</context>
<context>
    <name>flywheel::ImportPage</name>
    <message>
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <source>Each file goes in whole or not at all.</source>
        <translation>Cada archivo se importa entero o no se importa.</translation>
    </message>
    <message>
        <source>Cancel stops the import: the file being imported is left out, files already imported stay, and you can undo them afterwards.</source>
        <translation>Cancelar detiene la importación: el archivo que se está importando queda fuera, los archivos ya importados se quedan y puedes deshacerlos después.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Cancelling: leaving out the file being imported…</source>
        <translation>Cancelando: dejando fuera el archivo que se está importando…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importando %1…</translation>
    </message>
    <message>
        <source>Importing %1 (file %2 of %3)…</source>
        <translation>Importando %1 (archivo %2 de %3)…</translation>
    </message>
</context>
<context>
    <name>flywheel::ImportWizard</name>
    <message>
        <source>Import files</source>
        <translation>Importar archivos</translation>
    </message>
</context>
<context>
    <name>flywheel::InventoryPanel</name>
    <message>
        <source>No forecast: %1</source>
        <translation>Sin previsión: %1</translation>
    </message>
    <message>
        <source>Model: %1.</source>
        <translation>Modelo: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n period(s) out of stock are left out of the history (gaps in the line), not read as no demand.</source>
        <translation>
            <numerusform>%n periodo sin stock se excluye del historial (huecos en la línea) y no se interpreta como falta de demanda.</numerusform>
            <numerusform>%n periodos sin stock se excluyen del historial (huecos en la línea) y no se interpretan como falta de demanda.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too little history to hold weeks out for a backtest yet.</source>
        <translation>Todavía no hay historial suficiente para reservar semanas para una prueba retrospectiva.</translation>
    </message>
    <message numerus="yes">
        <source>Backtest on the last %n period(s), held out and forecast from the weeks before them (dashed): off by %1 (WAPE), bias %2; the 80 % range held %3 of the time, the 95 % range %4.</source>
        <translation>
            <numerusform>Prueba retrospectiva sobre %n periodo final, reservado y previsto a partir de las semanas anteriores (línea discontinua): desviación del %1 (WAPE), sesgo del %2; el rango del 80 % acertó el %3 de las veces; el del 95 %, el %4.</numerusform>
            <numerusform>Prueba retrospectiva sobre %n periodos finales, reservados y previstos a partir de las semanas anteriores (línea discontinua): desviación del %1 (WAPE), sesgo del %2; el rango del 80 % acertó el %3 de las veces; el del 95 %, el %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Over those periods it expected %1 units; %2 sold.</source>
        <translation>En esos periodos esperaba %1 unidades; se vendieron %2.</translation>
    </message>
    <message>
        <source>Supplier terms…</source>
        <translation>Condiciones de proveedores…</translation>
    </message>
    <message>
        <source>Show variants by health</source>
        <translation>Mostrar variantes por estado del stock</translation>
    </message>
    <message>
        <source>Every variant</source>
        <translation>Todas las variantes</translation>
    </message>
    <message>
        <source>Find a SKU, product or vendor</source>
        <translation>Buscar un SKU, producto o proveedor</translation>
    </message>
    <message>
        <source>Lead time and service level per supplier</source>
        <translation>Plazo de entrega y nivel de servicio por proveedor</translation>
    </message>
    <message>
        <source>Stock health</source>
        <translation>Estado del stock</translation>
    </message>
    <message>
        <source>Reorders: what to buy now to stay in stock</source>
        <translation>Reposiciones: qué comprar ahora para no quedarse sin stock</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventario</translation>
    </message>
    <message>
        <source>Could not read the Inventory results: %1</source>
        <translation>No se pudieron leer los resultados de Inventario: %1</translation>
    </message>
    <message>
        <source>No demand forecast yet. Import your orders export, and your inventory export for stock levels, then press Run.</source>
        <translation>Todavía no hay previsión de la demanda. Importa tu exportación de pedidos y, para los niveles de stock, tu exportación de inventario; luego pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>%1 variants forecast from their sales.</source>
        <translation>%1 variantes con previsión a partir de sus ventas.</translation>
    </message>
    <message>
        <source>No stock levels yet: import an inventory export to see cover, reorders and overstock.</source>
        <translation>Todavía no hay niveles de stock: importa una exportación de inventario para ver la cobertura, las reposiciones y el exceso de stock.</translation>
    </message>
    <message>
        <source>%1 out of stock and %2 to reorder now (%3 in sales at risk); %4 overstocked (%5 tied up).</source>
        <translation>%1 agotadas y %2 por reponer ahora (%3 en ventas en riesgo); %4 con exceso de stock (%5 inmovilizados).</translation>
    </message>
    <message>
        <source>Backtest on the weeks held out (%1 variants): week by week the forecasts were off by %2 (WAPE), their totals over those weeks by %3; the 80 % and 95 % ranges held %4 and %5 of the time.</source>
        <translation>Prueba retrospectiva en las semanas reservadas (%1 variantes): semana a semana, las previsiones se desviaron un %2 (WAPE), y sus totales en esas semanas, un %3; los rangos del 80 % y del 95 % acertaron el %4 y el %5 de las veces.</translation>
    </message>
    <message>
        <source>Select a variant to see its forecast.</source>
        <translation>Selecciona una variante para ver su previsión.</translation>
    </message>
    <message>
        <source>This variant has not sold yet, so there is no demand to forecast.</source>
        <translation>Esta variante todavía no se ha vendido, así que no hay demanda que prever.</translation>
    </message>
    <message>
        <source>Supplier terms</source>
        <translation>Condiciones de proveedores</translation>
    </message>
    <message>
        <source>Supplier terms saved; press Run to plan reorders with them.</source>
        <translation>Condiciones de proveedores guardadas; pulsa Ejecutar para planificar las reposiciones con ellas.</translation>
    </message>
</context>
<context>
    <name>flywheel::LiveSearch</name>
    <message>
        <source>Why a result is there</source>
        <translation>Por qué aparece un resultado</translation>
    </message>
    <message>
        <source>Search your catalog</source>
        <translation>Buscar en tu catálogo</translation>
    </message>
    <message>
        <source>Search your catalog as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>Busca en tu catálogo como lo haría un cliente, p. ej., “rain jacket under 100”</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
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
        <translation>Precio</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de búsqueda</translation>
    </message>
    <message>
        <source>How the search read the query</source>
        <translation>Cómo ha leído la búsqueda la consulta</translation>
    </message>
    <message>
        <source>Where the selected result&apos;s score comes from</source>
        <translation>De dónde viene la puntuación del resultado seleccionado</translation>
    </message>
    <message>
        <source>How the search read it</source>
        <translation>Cómo la ha leído la búsqueda</translation>
    </message>
    <message numerus="yes">
        <source>Search your %n product(s) as a shopper would, e.g. “rain jacket under 100”</source>
        <translation>
            <numerusform>Busca en tu %n producto como lo haría un cliente, p. ej., “rain jacket under 100”</numerusform>
            <numerusform>Busca en tus %n productos como lo haría un cliente, p. ej., “rain jacket under 100”</numerusform>
        </translation>
    </message>
    <message>
        <source>Type a query to see what your shoppers get, and why.</source>
        <translation>Escribe una consulta para ver qué obtienen tus clientes y por qué.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Why “%1” is number %2</source>
        <translation>Por qué “%1” está en el puesto %2</translation>
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
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>Could not read the store</source>
        <translation>No se pudo leer la tienda</translation>
    </message>
    <message>
        <source>&amp;New store…</source>
        <translation>&amp;Nueva tienda…</translation>
    </message>
    <message>
        <source>Create an empty store file to import your exports into</source>
        <translation>Crear un archivo de tienda vacío al que importar tus exportaciones</translation>
    </message>
    <message>
        <source>&amp;Open store…</source>
        <translation>&amp;Abrir tienda…</translation>
    </message>
    <message>
        <source>Open a store file</source>
        <translation>Abrir un archivo de tienda</translation>
    </message>
    <message>
        <source>Open &amp;demo store</source>
        <translation>Abrir tienda de &amp;demostración</translation>
    </message>
    <message>
        <source>Open a made-up shop to try Flywheel with (created the first time)</source>
        <translation>Abrir una tienda inventada para probar Flywheel (se crea la primera vez)</translation>
    </message>
    <message>
        <source>&amp;Import files…</source>
        <translation>&amp;Importar archivos…</translation>
    </message>
    <message>
        <source>Bring exports from your shop (orders, customers, products, inventory) into this store</source>
        <translation>Traer a esta tienda las exportaciones de tu tienda online (pedidos, clientes, productos, inventario)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Analyse the store: every stage of the wheel reads your data and suggests actions</source>
        <translation>Analizar la tienda: cada etapa del ciclo lee tus datos y sugiere acciones</translation>
    </message>
    <message>
        <source>&amp;Push</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>Store name, currency, time zone, thresholds and the language of Flywheel</source>
        <translation>Nombre de la tienda, moneda, zona horaria, umbrales e idioma de Flywheel</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Tienda</translation>
    </message>
    <message>
        <source>Could not open the store</source>
        <translation>No se pudo abrir la tienda</translation>
    </message>
    <message>
        <source>There is no store file at %1.</source>
        <translation>No hay ningún archivo de tienda en %1.</translation>
    </message>
    <message>
        <source>Creating the demo store: writing a made-up shop&apos;s exports and importing them…</source>
        <translation>Creando la tienda de demostración: escribiendo las exportaciones de una tienda inventada e importándolas…</translation>
    </message>
    <message>
        <source>New store</source>
        <translation>Nueva tienda</translation>
    </message>
    <message>
        <source>Flywheel stores (*.flywheel)</source>
        <translation>Tiendas de Flywheel (*.flywheel)</translation>
    </message>
    <message>
        <source>Could not create the store</source>
        <translation>No se pudo crear la tienda</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with Open store….</source>
        <translation>%1 ya existe. Elige otro nombre o ábrelo con Abrir tienda….</translation>
    </message>
    <message>
        <source>Open store</source>
        <translation>Abrir tienda</translation>
    </message>
    <message>
        <source>Flywheel stores (*.flywheel);;All files (*)</source>
        <translation>Tiendas de Flywheel (*.flywheel);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Abriendo %1…</translation>
    </message>
    <message>
        <source>Could not create the demo store</source>
        <translation>No se pudo crear la tienda de demostración</translation>
    </message>
    <message>
        <source>%1 — Flywheel</source>
        <translation>%1 — Flywheel</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Se abrió %1</translation>
    </message>
    <message numerus="yes">
        <source>Hand out the %n accepted action(s)</source>
        <translation>
            <numerusform>Entregar la acción aceptada</numerusform>
            <numerusform>Entregar las %n acciones aceptadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to push yet: accept actions in the action queue first</source>
        <translation>Todavía no hay nada que enviar: primero acepta acciones en la lista de acciones</translation>
    </message>
    <message>
        <source>Nothing to run yet</source>
        <translation>Todavía no hay nada que ejecutar</translation>
    </message>
    <message>
        <source>This version of Flywheel has no analysis stages yet, so there is nothing to run. Your store is unchanged.</source>
        <translation>Esta versión de Flywheel todavía no tiene etapas de análisis, así que no hay nada que ejecutar. Tu tienda no ha cambiado.</translation>
    </message>
    <message>
        <source>Running the wheel…</source>
        <translation>Ejecutando el ciclo…</translation>
    </message>
    <message>
        <source>Could not run the wheel</source>
        <translation>No se pudo ejecutar el ciclo</translation>
    </message>
    <message>
        <source>The run was cancelled during %1; the stages before it kept their results.</source>
        <translation>La ejecución se canceló durante %1; las etapas anteriores conservaron sus resultados.</translation>
    </message>
    <message>
        <source>The %1 stage failed</source>
        <translation>La etapa %1 falló</translation>
    </message>
    <message numerus="yes">
        <source>The wheel ran %n stage(s) in %1 s and suggested %2 action(s).</source>
        <translation>
            <numerusform>El ciclo ejecutó %n etapa en %1 s y sugirió %2 acción(es).</numerusform>
            <numerusform>El ciclo ejecutó %n etapas en %1 s y sugirió %2 acción(es).</numerusform>
        </translation>
    </message>
    <message>
        <source>Push</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Could not write the push files</source>
        <translation>No se pudieron escribir los archivos de envío</translation>
    </message>
    <message>
        <source>No file was written: the accepted actions have nothing to hand out yet.</source>
        <translation>No se escribió ningún archivo: las acciones aceptadas todavía no tienen nada que entregar.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) pushed into %1:</source>
        <translation>
            <numerusform>%n acción enviada a %1:</numerusform>
            <numerusform>%n acciones enviadas a %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the product files in your store&apos;s admin (Products › Import, overwriting existing products); enter each line of the synonyms file as a synonym group in your search app; import the redirects file under URL redirects; send each purchase order to its supplier.</source>
        <translation>Importa los archivos de productos en el panel de administración de tu tienda (Productos › Importar, sobrescribiendo los productos existentes); introduce cada línea del archivo de sinónimos como un grupo de sinónimos en tu aplicación de búsqueda; importa el archivo de redirecciones en Redirecciones de URL; envía cada orden de compra a su proveedor.</translation>
    </message>
    <message>
        <source>Save weekly &amp;report…</source>
        <translation>&amp;Guardar informe semanal…</translation>
    </message>
    <message>
        <source>Save the wheel&apos;s figures, momentum, waiting actions and outcomes as a PDF or a web page to read or share</source>
        <translation>Guardar las cifras del ciclo, su evolución, las acciones pendientes y los resultados como PDF o página web para leerlos o compartirlos</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) had nothing new to read and kept their results.</source>
        <translation>
            <numerusform>%n etapa no tenía nada nuevo que leer y conservó sus resultados.</numerusform>
            <numerusform>%n etapas no tenían nada nuevo que leer y conservaron sus resultados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Weekly report %1.pdf</source>
        <translation>Informe semanal %1.pdf</translation>
    </message>
    <message>
        <source>Save weekly report</source>
        <translation>Guardar informe semanal</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf);;Web pages (*.html)</source>
        <translation>Documentos PDF (*.pdf);;Páginas web (*.html)</translation>
    </message>
    <message>
        <source>Writing the weekly report…</source>
        <translation>Escribiendo el informe semanal…</translation>
    </message>
    <message>
        <source>Could not save the weekly report</source>
        <translation>No se pudo guardar el informe semanal</translation>
    </message>
    <message>
        <source>Saved the weekly report to %1</source>
        <translation>Informe semanal guardado en %1</translation>
    </message>
    <message>
        <source>&amp;About Flywheel</source>
        <translation>&amp;Acerca de Flywheel</translation>
    </message>
    <message>
        <source>Version, licence, and where your stores and settings are kept</source>
        <translation>Versión, licencia y dónde se guardan tus tiendas y ajustes</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Save &amp;anonymised copy…</source>
        <translation>Guardar copia &amp;anonimizada…</translation>
    </message>
    <message>
        <source>Save a copy of this store to share, with your customers&apos; emails, names, phone numbers and addresses taken out</source>
        <translation>Guardar una copia de esta tienda para compartir, sin los correos, nombres, teléfonos ni direcciones de tus clientes</translation>
    </message>
    <message>
        <source>Could not save the anonymised copy</source>
        <translation>No se pudo guardar la copia anonimizada</translation>
    </message>
    <message>
        <source>%1 anonymised.%2</source>
        <translation>%1 anonimizada.%2</translation>
    </message>
    <message>
        <source>Save anonymised copy</source>
        <translation>Guardar copia anonimizada</translation>
    </message>
    <message>
        <source>That is the open store itself. Choose another name for the copy.</source>
        <translation>Esa es la propia tienda abierta. Elige otro nombre para la copia.</translation>
    </message>
    <message>
        <source>Could not replace %1. Close it in any program using it, or choose another name.</source>
        <translation>No se pudo reemplazar %1. Ciérralo en cualquier programa que lo use o elige otro nombre.</translation>
    </message>
    <message>
        <source>Writing the anonymised copy…</source>
        <translation>Escribiendo la copia anonimizada…</translation>
    </message>
    <message>
        <source>Anonymised copy saved</source>
        <translation>Copia anonimizada guardada</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1.

Its %n customer(s) have made-up emails and names; phone numbers, cities and postcodes are left out, and emails, long numbers and customers&apos; names are taken out of tickets and reviews. Products, orders, amounts and dates are as in your store, so the copy opens in Flywheel like any store.

Read a few tickets in it before you share it: a street address a customer typed into a message stays.</source>
        <translation>
            <numerusform>Se guardó %1.

Su %n cliente tiene correos y nombres inventados; se omiten teléfonos, ciudades y códigos postales, y se quitan correos, números largos y nombres de clientes de los tickets y las reseñas. Los productos, pedidos, importes y fechas son los de tu tienda, así que la copia se abre en Flywheel como cualquier tienda.

Lee algunos tickets antes de compartirla: una dirección postal que un cliente haya escrito en un mensaje se mantiene.</numerusform>
            <numerusform>Se guardó %1.

Sus %n clientes tienen correos y nombres inventados; se omiten teléfonos, ciudades y códigos postales, y se quitan correos, números largos y nombres de clientes de los tickets y las reseñas. Los productos, pedidos, importes y fechas son los de tu tienda, así que la copia se abre en Flywheel como cualquier tienda.

Lee algunos tickets antes de compartirla: una dirección postal que un cliente haya escrito en un mensaje se mantiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace file?</source>
        <translation>¿Reemplazar el archivo?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 ya existe. ¿Reemplazarlo?</translation>
    </message>
</context>
<context>
    <name>flywheel::MappingPage</name>
    <message>
        <source>Tell Flywheel which column is which</source>
        <translation>Indica a Flywheel qué es cada columna</translation>
    </message>
    <message>
        <source>Choose what the file holds, then the column that has each piece of information. Columns with similar names are already chosen; check them against the examples.</source>
        <translation>Elige qué contiene el archivo y luego la columna que tiene cada dato. Las columnas con nombres parecidos ya están elegidas; compruébalas con los ejemplos.</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>El archivo &amp;contiene:</translation>
    </message>
    <message>
        <source>&amp;Numbers:</source>
        <translation>&amp;Números:</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Fechas:</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconocer automáticamente</translation>
    </message>
    <message>
        <source>1,234.50 (decimal point)</source>
        <translation>1,234.50 (punto decimal)</translation>
    </message>
    <message>
        <source>1.234,50 (decimal comma)</source>
        <translation>1.234,50 (coma decimal)</translation>
    </message>
    <message>
        <source>Day first (31/12/2024)</source>
        <translation>Primero el día (31/12/2024)</translation>
    </message>
    <message>
        <source>Month first (12/31/2024)</source>
        <translation>Primero el mes (12/31/2024)</translation>
    </message>
    <message>
        <source>&amp;Remember these columns for the next file laid out like this one</source>
        <translation>&amp;Recordar estas columnas para el próximo archivo con esta misma estructura</translation>
    </message>
    <message>
        <source>%1: choose what the file holds, then the column that has each piece of information. Columns with similar names are already chosen; check them against the examples.</source>
        <translation>%1: elige qué contiene el archivo y luego la columna que tiene cada dato. Las columnas con nombres parecidos ya están elegidas; compruébalas con los ejemplos.</translation>
    </message>
    <message>
        <source>Needed</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <source>— not in this file —</source>
        <translation>— no está en este archivo —</translation>
    </message>
    <message>
        <source>%1 (e.g. %2)</source>
        <translation>%1 (p. ej., %2)</translation>
    </message>
    <message>
        <source>Every needed column is chosen.</source>
        <translation>Todas las columnas obligatorias están elegidas.</translation>
    </message>
    <message>
        <source>Still needed: %1. If this file is not an export from your shop, go back and remove it.</source>
        <translation>Todavía falta: %1. Si este archivo no es una exportación de tu tienda, vuelve atrás y quítalo.</translation>
    </message>
</context>
<context>
    <name>flywheel::MerchActionList</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Write files</source>
        <translation>Escribir archivos</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Merchandising actions</source>
        <translation>Acciones de merchandising</translation>
    </message>
    <message>
        <source>Writes the accepted collection orders (generic and Matrixify CSV) and a product file tagging the featured products “trending”</source>
        <translation>Escribe los órdenes de colección aceptados (CSV genérico y de Matrixify) y un archivo de productos que etiqueta los productos destacados con “trending”</translation>
    </message>
    <message>
        <source>Collection order</source>
        <translation>Orden de colección</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Destacar</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n acción propuesta, aceptadas: %1</numerusform>
            <numerusform>%n acciones propuestas, aceptadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the matrixify-custom-collections file with Matrixify, or set each collection&apos;s order from its collection-order file; import the product file in your store&apos;s admin to tag the featured products. Your next exports show what the new order sold.</source>
        <translation>Importa el archivo matrixify-custom-collections con Matrixify, o ajusta el orden de cada colección con su archivo collection-order; importa el archivo de productos en el panel de administración de tu tienda para etiquetar los productos destacados. Tus próximas exportaciones mostrarán lo que vendió el nuevo orden.</translation>
    </message>
</context>
<context>
    <name>flywheel::MerchandisingPanel</name>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Orders, last 4 weeks</source>
        <translation>Pedidos, últimas 4 semanas</translation>
    </message>
    <message>
        <source>Searches, last 4 weeks</source>
        <translation>Búsquedas, últimas 4 semanas</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Follows search</source>
        <translation>Sigue a la búsqueda</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>No trend: the latest weeks are within the usual range of its baseline.</source>
        <translation>Sin tendencia: las últimas semanas están dentro del rango habitual de su referencia.</translation>
    </message>
    <message>
        <source>%1 since the week of %2: %3 against %4 expected, %5× its baseline, %6 sure.</source>
        <translation>%1 desde la semana del %2: %3 frente a %4 esperados, %5× su referencia, %6 de confianza.</translation>
    </message>
    <message>
        <source>It shows on the first page for “%1”, whose searches are trending; the chart is its own sales.</source>
        <translation>Aparece en la primera página de “%1”, cuyas búsquedas están en auge; el gráfico muestra sus propias ventas.</translation>
    </message>
    <message>
        <source>Baseline: %1.</source>
        <translation>Referencia: %1.</translation>
    </message>
    <message>
        <source>Its peers: %1.</source>
        <translation>Sus pares: %1.</translation>
    </message>
    <message>
        <source>Show searches or products</source>
        <translation>Mostrar búsquedas o productos</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Búsquedas</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Trends</source>
        <translation>Tendencias</translation>
    </message>
    <message>
        <source>Trending against the season</source>
        <translation>En auge respecto a la temporada</translation>
    </message>
    <message>
        <source>Collection order: what sells and is in stock first</source>
        <translation>Orden de la colección: primero lo que se vende y está en stock</translation>
    </message>
    <message>
        <source>Actions: new orders and products to feature</source>
        <translation>Acciones: nuevos órdenes y productos para destacar</translation>
    </message>
    <message>
        <source>Merchandising</source>
        <translation>Merchandising</translation>
    </message>
    <message>
        <source>Could not read the Merchandising results: %1</source>
        <translation>No se pudieron leer los resultados de Merchandising: %1</translation>
    </message>
    <message>
        <source>No trends yet. Import your orders export and a site-search report (and a collections list and an inventory export for collection orders), then press Run.</source>
        <translation>Todavía no hay tendencias. Importa tu exportación de pedidos y un informe de búsquedas del sitio (y, para el orden de las colecciones, una lista de colecciones y una exportación de inventario); luego pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>%1 of %2 searches are trending up (weeks to %3).</source>
        <translation>%1 de %2 búsquedas están en alza (semanas hasta el %3).</translation>
    </message>
    <message>
        <source>No dated site-search report yet: import one to see trending searches.</source>
        <translation>Todavía no hay un informe de búsquedas del sitio con fechas: importa uno para ver las búsquedas en auge.</translation>
    </message>
    <message>
        <source>%1 of %2 products are trending up, by their own sales or the searches that show them.</source>
        <translation>%1 de %2 productos están en alza, por sus propias ventas o por las búsquedas que los muestran.</translation>
    </message>
    <message>
        <source>%1 of the %2 first-10 places in %3 collections hold a product out of stock, nearly out or not on sale.</source>
        <translation>%1 de los %2 puestos entre los 10 primeros de %3 colecciones tienen un producto agotado, casi agotado o que no está a la venta.</translation>
    </message>
    <message>
        <source>No collections yet: import a collections list to get suggested orders.</source>
        <translation>Todavía no hay colecciones: importa una lista de colecciones para obtener órdenes sugeridos.</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Pedidos</translation>
    </message>
    <message>
        <source>Select a search or product to see its weeks.</source>
        <translation>Selecciona una búsqueda o un producto para ver sus semanas.</translation>
    </message>
</context>
<context>
    <name>flywheel::MomentumStrip</name>
    <message>
        <source>first analysed day</source>
        <translation>primer día analizado</translation>
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
        <translation>Comprueba cómo se leerán los archivos</translation>
    </message>
    <message>
        <source>The first rows of each file, as Flywheel will import them. Nothing is written to your store until you choose Import.</source>
        <translation>Las primeras filas de cada archivo, tal como las importará Flywheel. No se escribe nada en tu tienda hasta que elijas Importar.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>Choose columns…</source>
        <translation>Elegir columnas…</translation>
    </message>
    <message>
        <source>%1 cannot be read and will be skipped: %2</source>
        <translation>%1 no se puede leer y se omitirá: %2</translation>
    </message>
    <message>
        <source>Flywheel does not recognise the columns of %1. Choose its columns, or go back and remove it.</source>
        <translation>Flywheel no reconoce las columnas de %1. Elige sus columnas o vuelve atrás y quítalo.</translation>
    </message>
    <message>
        <source>%1 lacks columns a %2 needs (%3); it will be skipped unless you choose its columns.</source>
        <translation>A %1 le faltan columnas que necesita como %2 (%3); se omitirá a menos que elijas sus columnas.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2, with the columns you saved for this layout.</source>
        <translation>%1 se leerá como %2, con las columnas que guardaste para esta estructura.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2, with the columns you chose.</source>
        <translation>%1 se leerá como %2, con las columnas que elegiste.</translation>
    </message>
    <message>
        <source>%1 will be read as a %2.</source>
        <translation>%1 se leerá como %2.</translation>
    </message>
    <message>
        <source>The file has no rows below its header.</source>
        <translation>El archivo no tiene filas debajo del encabezado.</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>Se muestran la primera fila y las columnas que lee Flywheel.</numerusform>
            <numerusform>Se muestran las primeras %n filas y las columnas que lee Flywheel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n rows and the columns Flywheel reads.</source>
        <translation>
            <numerusform>Se muestran la única fila y las columnas que lee Flywheel.</numerusform>
            <numerusform>Se muestran las %n filas y las columnas que lee Flywheel.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::PromotionsPanel</name>
    <message>
        <source>Sent out</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Purchase model (BG/NBD)</source>
        <translation>Modelo de compra (BG/NBD)</translation>
    </message>
    <message>
        <source>Spend model (Gamma-Gamma)</source>
        <translation>Modelo de gasto (Gamma-Gamma)</translation>
    </message>
    <message numerus="yes">
        <source>%1 fitted on %n customer(s): %2.</source>
        <translation>
            <numerusform>%1, ajustado con %n cliente: %2.</numerusform>
            <numerusform>%1, ajustado con %n clientes: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Create promotion</source>
        <translation>Crear promoción</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Audiencia</translation>
    </message>
    <message>
        <source>Held back</source>
        <translation>Grupo de control</translation>
    </message>
    <message>
        <source>Extra units</source>
        <translation>Unidades extra</translation>
    </message>
    <message>
        <source>Extra revenue</source>
        <translation>Ingresos extra</translation>
    </message>
    <message>
        <source>Extra margin</source>
        <translation>Margen extra</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Suggested promotions</source>
        <translation>Promociones sugeridas</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segmento</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Writes the discount codes, the audience lists for Klaviyo and Mailchimp and an email draft into the store&apos;s push folder</source>
        <translation>Escribe los códigos de descuento, las listas de audiencia para Klaviyo y Mailchimp y un borrador de correo en la carpeta de envío de la tienda</translation>
    </message>
    <message>
        <source>Who it is for</source>
        <translation>Para quién</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Promotions</source>
        <translation>Promociones</translation>
    </message>
    <message>
        <source>Could not read the Promotions results: %1</source>
        <translation>No se pudieron leer los resultados de Promociones: %1</translation>
    </message>
    <message>
        <source>No customers yet. Import your orders export (and customers export for email addresses), then press Run.</source>
        <translation>Todavía no hay clientes. Importa tu exportación de pedidos (y la de clientes para las direcciones de correo) y luego pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>%1 customers, %2 of them bought more than once; expected spend over the next 12 months %3.</source>
        <translation>%1 clientes, %2 de ellos han comprado más de una vez; gasto esperado en los próximos 12 meses: %3.</translation>
    </message>
    <message>
        <source>No product needs a promotion: nothing is overstocked, ending its season or sitting unsold.</source>
        <translation>Ningún producto necesita una promoción: nada tiene exceso de stock, termina su temporada ni se queda sin vender.</translation>
    </message>
    <message numerus="yes">
        <source>%n promotion(s) suggested for overstocked, seasonal, trending or slow products; each holds back a random control group so its effect can be measured.</source>
        <translation>
            <numerusform>%n promoción sugerida para productos con exceso de stock, de temporada, en auge o de rotación lenta; cada una deja fuera un grupo de control aleatorio para poder medir su efecto.</numerusform>
            <numerusform>%n promociones sugeridas para productos con exceso de stock, de temporada, en auge o de rotación lenta; cada una deja fuera un grupo de control aleatorio para poder medir su efecto.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Select a promotion to see why it is suggested and who it is for.</source>
        <translation>Selecciona una promoción para ver por qué se sugiere y para quién es.</translation>
    </message>
    <message>
        <source>%1 % off with personal codes %2-…, from %3 to %4. At the price response this product&apos;s sales show (elasticity %5), the %6 customers who get a code should buy %7 more units than the %8 they would buy anyway.</source>
        <translation>%1&#xa0;% de descuento con códigos personales %2-…, del %3 al %4. Con la respuesta al precio que muestran las ventas de este producto (elasticidad %5), los %6 clientes que reciben un código deberían comprar %7 unidades más que las %8 que comprarían de todos modos.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s), chosen at random, are held back and get nothing: the next import compares what the two groups bought.</source>
        <translation>
            <numerusform>%n cliente, elegido al azar, queda fuera y no recibe nada: la próxima importación compara lo que compraron los dos grupos.</numerusform>
            <numerusform>%n clientes, elegidos al azar, quedan fuera y no reciben nada: la próxima importación compara lo que compraron los dos grupos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Gets a code</source>
        <translation>Recibe código</translation>
    </message>
    <message>
        <source>Import the discounts file with Matrixify (Shopify) or the codes file with your coupon importer, the audience file into Klaviyo or Mailchimp, and paste the email draft; put each customer&apos;s &quot;Discount Code&quot; where the draft says [Discount Code].</source>
        <translation>Importa el archivo de descuentos con Matrixify (Shopify) o el de códigos con tu importador de cupones, el archivo de audiencia en Klaviyo o Mailchimp, y pega el borrador del correo; pon el «Discount Code» de cada cliente donde el borrador dice [Discount Code].</translation>
    </message>
</context>
<context>
    <name>flywheel::ReorderList</name>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept all</source>
        <translation>Aceptar todas</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Create purchase orders</source>
        <translation>Crear órdenes de compra</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>A pedir</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Coste unitario</translation>
    </message>
    <message>
        <source>Order value</source>
        <translation>Valor del pedido</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reorders</source>
        <translation>Reposiciones</translation>
    </message>
    <message>
        <source>Writes the accepted reorders as one purchase order (CSV) per vendor</source>
        <translation>Escribe las reposiciones aceptadas como una orden de compra (CSV) por proveedor</translation>
    </message>
    <message>
        <source>No vendor</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Aceptada</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message numerus="yes">
        <source>%n reorder(s) proposed, %1 accepted</source>
        <translation>
            <numerusform>%n reposición propuesta, aceptadas: %1</numerusform>
            <numerusform>%n reposiciones propuestas, aceptadas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 at cost)</source>
        <translation> (%1 a precio de coste)</translation>
    </message>
    <message>
        <source>Send each file to its supplier. Your next inventory export shows the stock arriving, and Flywheel measures the days out of stock it saved.</source>
        <translation>Envía cada archivo a su proveedor. Tu próxima exportación de inventario mostrará la llegada del stock, y Flywheel medirá los días sin stock que se evitaron.</translation>
    </message>
</context>
<context>
    <name>flywheel::SearchPanel</name>
    <message>
        <source>No site-search report analysed yet. Import your store&apos;s search report (Shopify, Google Analytics, Algolia or any CSV), then press Run. You can try your catalog&apos;s search below already.</source>
        <translation>Todavía no se ha analizado ningún informe de búsquedas del sitio. Importa el informe de búsquedas de tu tienda (Shopify, Google Analytics, Algolia o cualquier CSV) y luego pulsa Ejecutar. Ya puedes probar abajo la búsqueda de tu catálogo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 searches for %n different quer(ies) in your reports.</source>
        <translation>
            <numerusform>%1 búsquedas de %n consulta en tus informes.</numerusform>
            <numerusform>%1 búsquedas de %n consultas distintas en tus informes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reported searches</source>
        <translation>Búsquedas registradas</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Sinónimos</translation>
    </message>
    <message>
        <source>Try your store&apos;s search</source>
        <translation>Prueba la búsqueda de tu tienda</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Could not read the Search results: %1</source>
        <translation>No se pudieron leer los resultados de Búsqueda: %1</translation>
    </message>
    <message>
        <source>Synonyms (%1)</source>
        <translation>Sinónimos (%1)</translation>
    </message>
    <message>
        <source>Could not prepare your catalog&apos;s search: %1</source>
        <translation>No se pudo preparar la búsqueda de tu catálogo: %1</translation>
    </message>
    <message>
        <source>Could not read the synonym groups: %1</source>
        <translation>No se pudieron leer los grupos de sinónimos: %1</translation>
    </message>
    <message>
        <source>Could not queue the fix: %1</source>
        <translation>No se pudo añadir la corrección a la lista: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n of them find nothing a shopper wants (%1 searches), %2 for things you do not carry.</source>
        <translation>
            <numerusform>%n de ellas no encuentra nada que un cliente quiera (%1 búsquedas), %2 de cosas que no vendes.</numerusform>
            <numerusform>%n de ellas no encuentran nada que un cliente quiera (%1 búsquedas), %2 de cosas que no vendes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n find only products that are out of stock.</source>
        <translation>
            <numerusform>%n solo encuentra productos agotados.</numerusform>
            <numerusform>%n solo encuentran productos agotados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SearchTriage</name>
    <message>
        <source>Shoppers misspell a word your catalog has.</source>
        <translation>Los clientes escriben mal una palabra que tiene tu catálogo.</translation>
    </message>
    <message>
        <source>Shoppers use a word your catalog does not.</source>
        <translation>Los clientes usan una palabra que tu catálogo no usa.</translation>
    </message>
    <message>
        <source>A colour, size or price in the query rules out every match.</source>
        <translation>Un color, una talla o un precio de la consulta descarta todos los resultados.</translation>
    </message>
    <message>
        <source>It finds only products that are out of stock.</source>
        <translation>Solo encuentra productos agotados.</translation>
    </message>
    <message>
        <source>Nothing in your catalog is what these shoppers look for.</source>
        <translation>Nada de tu catálogo es lo que buscan estos clientes.</translation>
    </message>
    <message>
        <source>It finds products shoppers can buy.</source>
        <translation>Encuentra productos que los clientes pueden comprar.</translation>
    </message>
    <message>
        <source>Queue this fix</source>
        <translation>Añadir esta corrección a la lista</translation>
    </message>
    <message>
        <source>Show searches</source>
        <translation>Mostrar búsquedas</translation>
    </message>
    <message>
        <source>Needing attention</source>
        <translation>Requieren atención</translation>
    </message>
    <message>
        <source>All searches</source>
        <translation>Todas las búsquedas</translation>
    </message>
    <message>
        <source>Query</source>
        <translation>Consulta</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Búsquedas</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Corrección</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Reported searches</source>
        <translation>Búsquedas registradas</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message>
        <source>Typo</source>
        <translation>Error de escritura</translation>
    </message>
    <message>
        <source>Wording gap</source>
        <translation>Palabras distintas</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtro</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Not carried</source>
        <translation>No lo vendes</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>No searches diagnosed yet.</source>
        <translation>Todavía no se ha diagnosticado ninguna búsqueda.</translation>
    </message>
    <message>
        <source>Select a search to try it above and see its fix.</source>
        <translation>Selecciona una búsqueda para probarla arriba y ver su corrección.</translation>
    </message>
    <message>
        <source>Fix: %1.</source>
        <translation>Corrección: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Queue these %n fixes</source>
        <translation>
            <numerusform>Añadir estas %n correcciones a la lista</numerusform>
            <numerusform>Añadir estas %n correcciones a la lista</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock it, or point shoppers to something close</source>
        <translation>Véndelo o lleva a los clientes a algo parecido</translation>
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
            <numerusform>%n búsqueda</numerusform>
            <numerusform>%n búsquedas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) as typed</source>
        <translation>
            <numerusform>%n resultado tal como se escribió</numerusform>
            <numerusform>%n resultados tal como se escribió</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>flywheel::SegmentChart</name>
    <message>
        <source>Customers (%)</source>
        <translation>Clientes (%)</translation>
    </message>
    <message>
        <source>Expected spend, next 12 months (%)</source>
        <translation>Gasto esperado, próximos 12 meses (%)</translation>
    </message>
    <message>
        <source>Customer segments</source>
        <translation>Segmentos de clientes</translation>
    </message>
</context>
<context>
    <name>flywheel::ServicePanel</name>
    <message>
        <source>Queue this fix</source>
        <translation>Añadir esta corrección a la lista</translation>
    </message>
    <message>
        <source>Tickets and negative tickets per week</source>
        <translation>Tickets y tickets negativos por semana</translation>
    </message>
    <message>
        <source>Customers write about</source>
        <translation>Sobre qué escriben los clientes</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Últimas 4 semanas</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Motivos</translation>
    </message>
    <message>
        <source>Other topics found</source>
        <translation>Otros temas encontrados</translation>
    </message>
    <message>
        <source>Discovered topics</source>
        <translation>Temas descubiertos</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Customers ask about</source>
        <translation>Los clientes preguntan por</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Revenue at risk</source>
        <translation>Ingresos en riesgo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Content gaps</source>
        <translation>Vacíos de contenido</translation>
    </message>
    <message>
        <source>Tickets behind the selected gap</source>
        <translation>Tickets detrás del vacío seleccionado</translation>
    </message>
    <message>
        <source>Content gaps: questions product pages do not answer</source>
        <translation>Vacíos de contenido: preguntas que las páginas de producto no responden</translation>
    </message>
    <message>
        <source>What customers write about</source>
        <translation>Sobre qué escriben los clientes</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Could not read the Service results: %1</source>
        <translation>No se pudieron leer los resultados de Servicio: %1</translation>
    </message>
    <message>
        <source>No tickets analysed yet. Import your help desk&apos;s ticket export (Zendesk, Freshdesk, or any CSV through a column mapping) and your reviews, then press Run.</source>
        <translation>Todavía no hay tickets analizados. Importa la exportación de tickets de tu servicio de ayuda (Zendesk, Freshdesk o cualquier CSV mediante una asignación de columnas) y tus reseñas; luego pulsa Ejecutar.</translation>
    </message>
    <message>
        <source>%1 tickets read. Last week: %2 tickets, %3 negative. %4 content gaps found.</source>
        <translation>%1 tickets leídos. La semana pasada: %2 tickets, %3 negativos. %4 vacíos de contenido encontrados.</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Todos los tickets</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negativos</translation>
    </message>
    <message>
        <source>Common words: %1</source>
        <translation>Palabras frecuentes: %1</translation>
    </message>
    <message>
        <source>Every ticket fits a known intent</source>
        <translation>Todos los tickets encajan en un motivo conocido</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En la lista</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a gap to read the tickets behind it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Selecciona un vacío para leer los tickets que hay detrás.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n customer(s) asked about &lt;b&gt;%2&lt;/b&gt;, and the product page does not say.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n cliente preguntó por &lt;b&gt;%2&lt;/b&gt; y la página del producto no lo dice.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt;: %n clientes preguntaron por &lt;b&gt;%2&lt;/b&gt; y la página del producto no lo dice.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>This gap has no action yet; press Run to propose it.</source>
        <translation>Este vacío todavía no tiene acción; pulsa Ejecutar para proponerla.</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartada</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
</context>
<context>
    <name>flywheel::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Set the settings on this page back to Flywheel&apos;s defaults</source>
        <translation>Devolver los ajustes de esta página a los valores predeterminados de Flywheel</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open a store to change its settings.</source>
        <translation>Abre una tienda para cambiar sus ajustes.</translation>
    </message>
    <message>
        <source>Could not read the store&apos;s settings: %1</source>
        <translation>No se pudieron leer los ajustes de la tienda: %1</translation>
    </message>
    <message>
        <source>The settings were not saved: %1</source>
        <translation>Los ajustes no se guardaron: %1</translation>
    </message>
</context>
<context>
    <name>flywheel::Sidebar</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
</context>
<context>
    <name>flywheel::SqlTableModel</name>
    <message>
        <source>loading…</source>
        <translation>cargando…</translation>
    </message>
    <message>
        <source>%1 (amount in the store&apos;s currency)</source>
        <translation>%1 (importe en la moneda de la tienda)</translation>
    </message>
    <message>
        <source>%1 (time in the store&apos;s time zone, %2)</source>
        <translation>%1 (hora en la zona horaria de la tienda, %2)</translation>
    </message>
    <message>
        <source>(binary, %1 bytes)</source>
        <translation>(binario, %1 bytes)</translation>
    </message>
</context>
<context>
    <name>flywheel::StoreBrowser</name>
    <message>
        <source>Tables</source>
        <translation>Tablas</translation>
    </message>
    <message>
        <source>Filter rows: type text to find in any text column</source>
        <translation>Filtrar filas: escribe un texto para buscarlo en cualquier columna de texto</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No rows contain “%1”.</source>
        <translation>Ninguna fila contiene “%1”.</translation>
    </message>
    <message>
        <source>This store is empty. To bring in your shop&apos;s exports, choose Import files… in the File menu.</source>
        <translation>Esta tienda está vacía. Para traer las exportaciones de tu tienda online, elige Importar archivos… en el menú Archivo.</translation>
    </message>
    <message>
        <source>This table is empty.</source>
        <translation>Esta tabla está vacía.</translation>
    </message>
    <message>
        <source>Counting rows…</source>
        <translation>Contando filas…</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Rows: %1 of %2</source>
        <translation>Filas: %1 de %2</translation>
    </message>
</context>
<context>
    <name>flywheel::StoreShell</name>
    <message>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Action queue</source>
        <translation>Lista de acciones</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Action queue</source>
        <translation>&amp;Lista de acciones</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Datos</translation>
    </message>
</context>
<context>
    <name>flywheel::SummaryPage</name>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <source>What each file added to your store.</source>
        <translation>Lo que cada archivo ha añadido a tu tienda.</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>The import was undone: your store is as it was before.</source>
        <translation>La importación se ha deshecho: tu tienda está como antes.</translation>
    </message>
    <message>
        <source>Imported the wrong files? Undo takes everything this import added or changed back out of your store.</source>
        <translation>¿Importaste los archivos equivocados? Deshacer retira de tu tienda todo lo que esta importación añadió o cambió.</translation>
    </message>
    <message>
        <source>The import was undone.</source>
        <translation>La importación se ha deshecho.</translation>
    </message>
    <message>
        <source>The import was cancelled. %1 of %2 files were imported before it stopped.</source>
        <translation>La importación se canceló. Se importaron %1 de %2 archivos antes de que se detuviera.</translation>
    </message>
    <message>
        <source>The file was imported.</source>
        <translation>El archivo se ha importado.</translation>
    </message>
    <message>
        <source>All %1 files were imported.</source>
        <translation>Se han importado los %1 archivos.</translation>
    </message>
    <message>
        <source>The file was not imported.</source>
        <translation>El archivo no se ha importado.</translation>
    </message>
    <message>
        <source>None of the %1 files was imported.</source>
        <translation>No se ha importado ninguno de los %1 archivos.</translation>
    </message>
    <message>
        <source>%1 of %2 files were imported.</source>
        <translation>Se han importado %1 de %2 archivos.</translation>
    </message>
    <message>
        <source>Not imported; nothing from this file was changed in your store. %1</source>
        <translation>No importado; no se ha cambiado nada de este archivo en tu tienda. %1</translation>
    </message>
    <message>
        <source>Imported as a %1: %2 rows read, %3 new, %4 updated, %5 unchanged, %6 rejected.</source>
        <translation>Importado como %1: %2 filas leídas, %3 nuevas, %4 actualizadas, %5 sin cambios, %6 rechazadas.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Rejected rows were left out; the rest of the file was imported. Fix them in the file and import it again.</source>
        <translation>Las filas rechazadas se dejaron fuera; el resto del archivo se importó. Corrígelas en el archivo y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Show the rejects file</source>
        <translation>Mostrar el archivo de filas rechazadas</translation>
    </message>
    <message>
        <source>Flywheel did not recognise its columns and none were chosen.</source>
        <translation>Flywheel no reconoció sus columnas y no se eligió ninguna.</translation>
    </message>
    <message>
        <source>Skipped; nothing from this file was changed in your store. %1</source>
        <translation>Omitido; no se ha cambiado nada de este archivo en tu tienda. %1</translation>
    </message>
    <message>
        <source>The first %1 rejected rows are shown; the rejects file lists them all.</source>
        <translation>Se muestran las primeras %1 filas rechazadas; el archivo de filas rechazadas las incluye todas.</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>Deshacer esta importación</translation>
    </message>
    <message>
        <source>Take everything this import added or changed back out of your store? Rows it updated get their earlier values back.</source>
        <translation>¿Retirar de tu tienda todo lo que esta importación añadió o cambió? Las filas que actualizó recuperan sus valores anteriores.</translation>
    </message>
    <message>
        <source>Undoing the import…</source>
        <translation>Deshaciendo la importación…</translation>
    </message>
    <message>
        <source>The import was not undone: %1</source>
        <translation>La importación no se deshizo: %1</translation>
    </message>
    <message>
        <source>Only %1 of the files were undone: %2</source>
        <translation>Solo se deshicieron %1 de los archivos: %2</translation>
    </message>
</context>
<context>
    <name>flywheel::SupplierTermsDialog</name>
    <message>
        <source>Supplier terms</source>
        <translation>Condiciones de proveedores</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Lead time</source>
        <translation>Plazo de entrega</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Nivel de servicio</translation>
    </message>
    <message>
        <source>Lead time and service level per supplier</source>
        <translation>Plazo de entrega y nivel de servicio por proveedor</translation>
    </message>
    <message>
        <source>No vendor</source>
        <translation>Sin proveedor</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message numerus="yes">
        <source>store setting (%n day(s))</source>
        <translation>
            <numerusform>ajuste de la tienda (%n día)</numerusform>
            <numerusform>ajuste de la tienda (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>store setting (%1 %)</source>
        <translation>ajuste de la tienda (%1 %)</translation>
    </message>
    <message>
        <source>How long each supplier takes from order to shelf, and how often an order should find the product in stock. Reorder points and quantities follow from them.</source>
        <translation>Cuánto tarda cada proveedor desde el pedido hasta la estantería y con qué frecuencia un pedido de un cliente debería encontrar el producto en stock. De ello se derivan los puntos de pedido y las cantidades.</translation>
    </message>
</context>
<context>
    <name>flywheel::SynonymManager</name>
    <message>
        <source>Add as a new group</source>
        <translation>Añadir como grupo nuevo</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Words in a group find each other&apos;s products: with “jumper, sweater”, a shopper searching “jumper” sees your sweaters. Up to %1 synonyms a group, each up to %2 words; a word can be in only one group.</source>
        <translation>Las palabras de un grupo encuentran los productos de las demás: con “jersey, suéter”, un cliente que busca “jersey” ve tus suéteres. Hasta %1 sinónimos por grupo, cada uno de hasta %2 palabras; una palabra solo puede estar en un grupo.</translation>
    </message>
    <message>
        <source>Synonyms</source>
        <translation>Sinónimos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Synonym groups</source>
        <translation>Grupos de sinónimos</translation>
    </message>
    <message>
        <source>Synonyms of the group, separated by commas</source>
        <translation>Sinónimos del grupo, separados por comas</translation>
    </message>
    <message>
        <source>jumper, sweater, pullover</source>
        <translation>jersey, suéter, pulóver</translation>
    </message>
    <message>
        <source>Deleted “%1”.</source>
        <translation>Se eliminó “%1”.</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Accepted suggestion</source>
        <translation>Sugerencia aceptada</translation>
    </message>
    <message>
        <source>You accepted this group in the action queue; reopen or dismiss it there to change it.</source>
        <translation>Aceptaste este grupo en la lista de acciones; para cambiarlo, reábrelo o descártalo allí.</translation>
    </message>
    <message>
        <source>Added “%1”. Searches use it now.</source>
        <translation>Se añadió “%1”. Las búsquedas ya lo usan.</translation>
    </message>
    <message>
        <source>Saved “%1”. Searches use it now.</source>
        <translation>Se guardó “%1”. Las búsquedas ya lo usan.</translation>
    </message>
</context>
<context>
    <name>flywheel::TaskProgressWidget</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
</context>
<context>
    <name>flywheel::TrendChart</name>
    <message>
        <source>Weekly demand of the selected search or product against its baseline</source>
        <translation>Demanda semanal de la búsqueda o el producto seleccionado frente a su referencia</translation>
    </message>
    <message>
        <source>Select a search or product to see its weeks.</source>
        <translation>Selecciona una búsqueda o un producto para ver sus semanas.</translation>
    </message>
    <message>
        <source>Since the change</source>
        <translation>Desde el cambio</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>%1 per week</source>
        <translation>%1 por semana</translation>
    </message>
</context>
<context>
    <name>flywheel::WelcomePage</name>
    <message>
        <source>Open a store or the demo store</source>
        <translation>Abre una tienda o la tienda de demostración</translation>
    </message>
    <message>
        <source>A store is one file on this computer that holds your shop&apos;s exports: orders, products, customers and stock. The demo store is a made-up outdoor clothing shop to try Flywheel with.</source>
        <translation>Una tienda es un archivo en este ordenador que guarda las exportaciones de tu tienda online: pedidos, productos, clientes y stock. La tienda de demostración es una tienda inventada de ropa de montaña para probar Flywheel.</translation>
    </message>
    <message>
        <source>Recent stores</source>
        <translation>Tiendas recientes</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelHub</name>
    <message>
        <source>Action queue</source>
        <translation>Lista de acciones</translation>
    </message>
    <message>
        <source>No open actions. Open the action queue.</source>
        <translation>No hay acciones abiertas. Abrir la lista de acciones.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s), %1 accepted. Open the action queue.</source>
        <translation>
            <numerusform>%n acción abierta, %1 aceptadas. Abrir la lista de acciones.</numerusform>
            <numerusform>%n acciones abiertas, %1 aceptadas. Abrir la lista de acciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>open action(s)</source>
        <translation>
            <numerusform>acción abierta</numerusform>
            <numerusform>acciones abiertas</numerusform>
        </translation>
    </message>
    <message>
        <source>All clear</source>
        <translation>Todo al día</translation>
    </message>
    <message>
        <source>no open actions</source>
        <translation>ninguna acción abierta</translation>
    </message>
    <message>
        <source>No actions yet</source>
        <translation>Todavía no hay acciones</translation>
    </message>
    <message>
        <source>Action queue ›</source>
        <translation>Lista de acciones ›</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelNode</name>
    <message>
        <source>This version of Flywheel cannot run this stage yet.</source>
        <translation>Esta versión de Flywheel todavía no puede ejecutar esta etapa.</translation>
    </message>
    <message>
        <source>Not run yet. Press Run to analyse the store.</source>
        <translation>Aún no se ha ejecutado. Pulsa Ejecutar para analizar la tienda.</translation>
    </message>
    <message>
        <source>The last run failed: %1</source>
        <translation>La última ejecución falló: %1</translation>
    </message>
    <message>
        <source>The last run was cancelled.</source>
        <translation>La última ejecución se canceló.</translation>
    </message>
    <message>
        <source>%1 (%2 since the previous run)</source>
        <translation>%1 (%2 desde la ejecución anterior)</translation>
    </message>
    <message>
        <source>Passed on to the next stage: %1.</source>
        <translation>Transmitido a la siguiente etapa: %1.</translation>
    </message>
    <message>
        <source>No open actions.</source>
        <translation>No hay acciones abiertas.</translation>
    </message>
    <message numerus="yes">
        <source>%n open action(s).</source>
        <translation>
            <numerusform>%n acción abierta.</numerusform>
            <numerusform>%n acciones abiertas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n acción</numerusform>
            <numerusform>%n acciones</numerusform>
        </translation>
    </message>
    <message>
        <source>Last run failed</source>
        <translation>La última ejecución falló</translation>
    </message>
    <message>
        <source>Open the stage for what went wrong.</source>
        <translation>Abre la etapa para ver qué salió mal.</translation>
    </message>
    <message>
        <source>Coming later</source>
        <translation>Disponible más adelante</translation>
    </message>
    <message>
        <source>This version cannot run this stage yet.</source>
        <translation>Esta versión todavía no puede ejecutar esta etapa.</translation>
    </message>
    <message>
        <source>Not run yet</source>
        <translation>Aún no se ha ejecutado</translation>
    </message>
    <message>
        <source>Press Run to analyse your store.</source>
        <translation>Pulsa Ejecutar para analizar tu tienda.</translation>
    </message>
    <message>
        <source>Ran %1</source>
        <translation>Ejecutada: %1</translation>
    </message>
    <message>
        <source>%1 · last run failed</source>
        <translation>%1 · la última ejecución falló</translation>
    </message>
</context>
<context>
    <name>flywheel::WheelView</name>
    <message>
        <source>The wheel of stages</source>
        <translation>El ciclo de etapas</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not save the screenshot to %1.</source>
        <translation>No se pudo guardar la captura de pantalla en %1.</translation>
    </message>
    <message>
        <source>Turns your online store&apos;s exports into concrete next steps.</source>
        <translation>Convierte las exportaciones de tu tienda online en próximos pasos concretos.</translation>
    </message>
    <message>
        <source>The store file to open.</source>
        <translation>El archivo de tienda que se abrirá.</translation>
    </message>
    <message>
        <source>Open the demo store, creating it on first use.</source>
        <translation>Abrir la tienda de demostración y crearla la primera vez.</translation>
    </message>
    <message>
        <source>Once the window has loaded, save a picture of it to FILE and quit.</source>
        <translation>Cuando la ventana se haya cargado, guardar una imagen de ella en FILE y salir.</translation>
    </message>
    <message>
        <source>The page to show once the store is open: %1.</source>
        <translation>La página que se muestra al abrir la tienda: %1.</translation>
    </message>
    <message>
        <source>There is no page &quot;%1&quot;. The pages are: %2.</source>
        <translation>No existe la página «%1». Las páginas son: %2.</translation>
    </message>
</context>
</TS>
