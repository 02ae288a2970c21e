<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutWindow</name>
    <message>
        <source>About Footholds</source>
        <translation>Acerca de Footholds</translation>
    </message>
    <message>
        <source>Footholds logo</source>
        <translation>Logotipo de Footholds</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>A small companion for the days between therapy sessions: gentle nudges to move and rest, a place to note how you are, and your own proof that you have got through hard days before.&lt;br&gt;&lt;br&gt;Footholds is self-help, not therapy, and not an emergency service. If you are in danger, call your local emergency number, or use &lt;i&gt;Get help now&lt;/i&gt; in the tray menu.&lt;br&gt;&lt;br&gt;Everything you write stays on this computer. Footholds makes no network connections at all.</source>
        <translation>Una pequeña compañía para los días entre sesiones de terapia: avisos suaves para moverte y descansar, un sitio para anotar cómo estás y las veces que ya has salido adelante en días difíciles.&lt;br&gt;&lt;br&gt;Footholds es una herramienta de autoayuda, no una terapia ni un servicio de emergencias. Si estás en peligro, llama al número de emergencias de tu zona o usa &lt;i&gt;Ayuda ahora&lt;/i&gt; en el menú de la bandeja.&lt;br&gt;&lt;br&gt;Todo lo que escribes se queda en este equipo. Footholds no se conecta a ninguna red.</translation>
    </message>
    <message>
        <source>Your data folder:</source>
        <translation>Tu carpeta de datos:</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Shows the folder where everything you write is kept, in your file manager.</source>
        <translation>Muestra en tu gestor de archivos la carpeta donde se guarda todo lo que escribes.</translation>
    </message>
    <message>
        <source>What Footholds is</source>
        <translation>Qué es Footholds</translation>
    </message>
    <message>
        <source>Opens the welcome card again: what Footholds is and is not, and where help is.</source>
        <translation>Vuelve a abrir la tarjeta de bienvenida: qué es Footholds, qué no es y dónde está la ayuda.</translation>
    </message>
</context>
<context>
    <name>ActivitySection</name>
    <message>
        <source>tomorrow</source>
        <translation>mañana</translation>
    </message>
    <message>
        <source>Planned for later</source>
        <translation>Planeado para más tarde</translation>
    </message>
    <message>
        <source>Something small you might enjoy, or that matters to you, for later.</source>
        <translation>Algo pequeño que podrías disfrutar, o que te importa, para más tarde.</translation>
    </message>
    <message>
        <source>&amp;Plan something</source>
        <translation>&amp;Planear algo</translation>
    </message>
    <message>
        <source>Plan something</source>
        <translation>Planear algo</translation>
    </message>
    <message>
        <source>Choose one small thing for later today or tomorrow.</source>
        <translation>Elige una cosa pequeña para más tarde o para mañana.</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Lo hice</translation>
    </message>
    <message>
        <source>&amp;I did it</source>
        <translation>Lo hic&amp;e</translation>
    </message>
    <message>
        <source>Notes it as done, and asks how it was.</source>
        <translation>Lo anota como hecho y pregunta qué tal fue.</translation>
    </message>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <source>Noted. Thank you for doing that for yourself.</source>
        <translation>Anotado. Gracias por hacer eso por ti.</translation>
    </message>
    <message>
        <source>I did it: {what}</source>
        <translation>Lo hice: {what}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>today at {time}</source>
        <translation>hoy a las {time}</translation>
    </message>
</context>
<context>
    <name>AffirmationWindow</name>
    <message>
        <source>Something true to lean on. Your own words come first.</source>
        <translation>Algo verdadero en lo que apoyarte. Tus propias palabras van primero.</translation>
    </message>
    <message>
        <source>Show another affirmation</source>
        <translation>Mostrar otra afirmación</translation>
    </message>
    <message>
        <source>Kept among your favourites.</source>
        <translation>Guardada entre tus favoritas.</translation>
    </message>
    <message>
        <source>Back among the others.</source>
        <translation>De vuelta con las demás.</translation>
    </message>
    <message>
        <source>Affirmation</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>Shows different words, going round again at the end; Right arrow too.</source>
        <translation>Muestra otras palabras y, al llegar al final, vuelve a empezar; también con la flecha derecha.</translation>
    </message>
    <message>
        <source>Write an affirmation in your own words</source>
        <translation>Escribe una afirmación con tus propias palabras</translation>
    </message>
    <message>
        <source>Opens a field to write something true you want to hear on a hard day.</source>
        <translation>Abre un campo para escribir algo cierto que quieras oír en un día difícil.</translation>
    </message>
    <message>
        <source>Show one entry from your proof list</source>
        <translation>Mostrar algo que ya has superado</translation>
    </message>
    <message>
        <source>Puts one time you got through where the affirmation is.</source>
        <translation>Pone en lugar de la afirmación una vez que saliste adelante.</translation>
    </message>
    <message>
        <source>Something true you want to hear on a hard day</source>
        <translation>Algo cierto que quieras oír en un día difícil</translation>
    </message>
    <message>
        <source>Your own affirmation</source>
        <translation>Tu propia afirmación</translation>
    </message>
    <message>
        <source>Words of your own, shown among the others; Enter keeps them.</source>
        <translation>Palabras tuyas, que saldrán entre las demás; Intro las guarda.</translation>
    </message>
    <message>
        <source>Save your affirmation</source>
        <translation>Guardar tu afirmación</translation>
    </message>
    <message>
        <source>Keeps your words and shows them next.</source>
        <translation>Guarda tus palabras y las muestra a continuación.</translation>
    </message>
    <message>
        <source>This moment is hard, and it will pass.</source>
        <translation>Este momento es duro, y pasará.</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus palabras</translation>
    </message>
    <message>
        <source>One of your favourites</source>
        <translation>Una de tus favoritas</translation>
    </message>
    <message>
        <source>Remove from favourites</source>
        <translation>Quitar de favoritas</translation>
    </message>
    <message>
        <source>Mark as a favourite</source>
        <translation>Marcar como favorita</translation>
    </message>
    <message>
        <source>Lets these words come up like any others again.</source>
        <translation>Hace que estas palabras vuelvan a salir como las demás.</translation>
    </message>
    <message>
        <source>Favourites come up before the others each time you open this window.</source>
        <translation>Las favoritas salen antes que las demás cada vez que abres esta ventana.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove your own affirmation</source>
        <translation>Quitar tu afirmación</translation>
    </message>
    <message>
        <source>&amp;Another</source>
        <translation>&amp;Otra</translation>
    </message>
    <message>
        <source>&amp;Hide this one</source>
        <translation>O&amp;cultar esta</translation>
    </message>
    <message>
        <source>&amp;Write my own</source>
        <translation>&amp;Escribir la mía</translation>
    </message>
    <message>
        <source>&amp;One from my proof list</source>
        <translation>A&amp;lgo que ya he superado</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Favourite</source>
        <translation>&amp;Favorita</translation>
    </message>
    <message>
        <source>&amp;Favourite ✓</source>
        <translation>&amp;Favorita ✓</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Never show this one again</source>
        <translation>No volver a mostrar esta</translation>
    </message>
    <message>
        <source>Deletes these words of yours; you can undo it for a few seconds.</source>
        <translation>Borra estas palabras tuyas; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Leaves these words out from now on; you can undo it for a few seconds.</source>
        <translation>Deja fuera estas palabras a partir de ahora; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>From your proof list, {date}</source>
        <translation>De lo que ya has superado, {date}</translation>
    </message>
    <message>
        <source>You have got through every hard day so far.</source>
        <translation>Hasta hoy has superado cada día difícil.</translation>
    </message>
    <message>
        <source>Your proof list is empty for now; add to it whenever you like.</source>
        <translation>La lista de lo que ya has superado está vacía por ahora; añade algo cuando quieras.</translation>
    </message>
    <message>
        <source>Removed.</source>
        <translation>Quitada.</translation>
    </message>
    <message>
        <source>Hidden. It won&apos;t come up again.</source>
        <translation>Oculta. No volverá a salir.</translation>
    </message>
    <message>
        <source>Remove your words “{words}”?</source>
        <translation>¿Quitar tus palabras «{words}»?</translation>
    </message>
</context>
<context>
    <name>BackupPicker</name>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia</translation>
    </message>
    <message>
        <source>Pick one. You will see what it holds before anything changes.</source>
        <translation>Elige una. Verás lo que contiene antes de que cambie nada.</translation>
    </message>
    <message>
        <source>Your backups</source>
        <translation>Tus copias</translation>
    </message>
    <message>
        <source>Newest first. Enter or a double-click chooses one; you are asked before anything changes.</source>
        <translation>Las más recientes primero. Intro o un doble clic elige una; se te pregunta antes de cambiar nada.</translation>
    </message>
    <message>
        <source>There are no backups here yet. Footholds makes one each day, and Back up now makes one whenever you like.</source>
        <translation>Aquí no hay copias todavía. Footholds hace una cada día, y «Hacer una copia ahora» hace una cuando quieras.</translation>
    </message>
    <message>
        <source>Other file…</source>
        <translation>Otro archivo…</translation>
    </message>
    <message>
        <source>Restore a backup from another file</source>
        <translation>Recuperar una copia desde otro archivo</translation>
    </message>
    <message>
        <source>Opens a file dialog, for a backup kept somewhere else.</source>
        <translation>Abre un selector de archivos, para una copia guardada en otro sitio.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this without restoring anything.</source>
        <translation>Cierra esto sin recuperar nada.</translation>
    </message>
    <message>
        <source>Restore this one</source>
        <translation>Recuperar esta</translation>
    </message>
    <message>
        <source>Restore the chosen backup</source>
        <translation>Recuperar la copia elegida</translation>
    </message>
    <message>
        <source>Shows what the chosen backup holds and asks before anything changes.</source>
        <translation>Muestra lo que contiene la copia elegida y pregunta antes de cambiar nada.</translation>
    </message>
    <message>
        <source>made by you</source>
        <translation>hecha por ti</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>what you had before a restore</source>
        <translation>lo que tenías antes de recuperar una copia</translation>
    </message>
    <message>
        <source>what a restore brought back</source>
        <translation>lo que trajo de vuelta una recuperación</translation>
    </message>
    <message>
        <source>made before Footholds was updated</source>
        <translation>hecha antes de actualizar Footholds</translation>
    </message>
    <message>
        <source>{backup} ({kind})</source>
        <translation>{backup} ({kind})</translation>
    </message>
    <message>
        <source>the backup from today at {time}</source>
        <translation>la copia de hoy a las {time}</translation>
    </message>
    <message>
        <source>the backup from today at {time}</source>
        <comment>the hour is one</comment>
        <translation>la copia de hoy a la {time}</translation>
    </message>
    <message>
        <source>the backup from yesterday at {time}</source>
        <translation>la copia de ayer a las {time}</translation>
    </message>
    <message>
        <source>the backup from yesterday at {time}</source>
        <comment>the hour is one</comment>
        <translation>la copia de ayer a la {time}</translation>
    </message>
    <message>
        <source>the backup from {day} at {time}</source>
        <translation>la copia del {day} a las {time}</translation>
    </message>
    <message>
        <source>the backup from {day} at {time}</source>
        <comment>the hour is one</comment>
        <translation>la copia del {day} a la {time}</translation>
    </message>
</context>
<context>
    <name>BareMinimum</name>
    <message>
        <source>You can choose your own three small things in Today, whenever you like.</source>
        <translation>Puedes elegir tus propias tres cosas pequeñas en Hoy, cuando quieras.</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Lo hice</translation>
    </message>
    <message>
        <source>I did this small thing</source>
        <translation>Hice esta cosa pequeña</translation>
    </message>
    <message>
        <source>Says it counts. Nothing is written down.</source>
        <translation>Te dice que cuenta. No se anota nada.</translation>
    </message>
    <message>
        <source>Open Today</source>
        <translation>Abrir Hoy</translation>
    </message>
    <message>
        <source>Open the Today window</source>
        <translation>Abrir la ventana Hoy</translation>
    </message>
    <message>
        <source>Opens Today, where you can choose or change your three small things.</source>
        <translation>Abre Hoy, donde puedes elegir o cambiar tus tres cosas pequeñas.</translation>
    </message>
    <message>
        <source>One of your three for today; ticking it here ticks it in Today too.</source>
        <translation>Una de tus tres de hoy; si la marcas aquí, también queda marcada en Hoy.</translation>
    </message>
    <message>
        <source>Today&apos;s small things are already done. Resting now is enough.</source>
        <translation>Las cosas pequeñas de hoy ya están hechas. Descansar ahora es suficiente.</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show another small thing</source>
        <translation>Mostrar otra cosa pequeña</translation>
    </message>
    <message>
        <source>Swaps this for a different one of today&apos;s small things.</source>
        <translation>La cambia por otra de las cosas pequeñas de hoy.</translation>
    </message>
    <message>
        <source>Done. That counts, and it is enough for now.</source>
        <translation>Hecho. Eso cuenta, y por ahora es suficiente.</translation>
    </message>
</context>
<context>
    <name>BeliefRating</name>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>{n} in 100</source>
        <translation>{n} de 100</translation>
    </message>
    <message>
        <source>Move the slider to rate it, if you like.</source>
        <translation>Mueve el control para puntuarlo, si quieres.</translation>
    </message>
</context>
<context>
    <name>CheckinExtras</name>
    <message>
        <source>Add my medicines and dose changes</source>
        <translation>Añadir mis medicamentos y cambios de dosis</translation>
    </message>
    <message>
        <source>Add my medication to the summary</source>
        <translation>Añadir mi medicación al resumen</translation>
    </message>
    <message>
        <source>Off unless you tick it: your medicines list and the days you ticked.</source>
        <translation>Desactivado salvo que lo marques: tu lista de medicamentos y los días que marcaste.</translation>
    </message>
    <message>
        <source>Add my questionnaire answers and totals</source>
        <translation>Añadir mis respuestas a los cuestionarios y sus totales</translation>
    </message>
    <message>
        <source>Add my questionnaires to the summary</source>
        <translation>Añadir mis cuestionarios al resumen</translation>
    </message>
    <message>
        <source>Off unless you tick it: each answer, item by item, and the totals over time.</source>
        <translation>Desactivado salvo que lo marques: cada respuesta, pregunta por pregunta, y los totales a lo largo del tiempo.</translation>
    </message>
</context>
<context>
    <name>CheckinLinks</name>
    <message>
        <source>Edit my medicines</source>
        <translation>Editar mis medicamentos</translation>
    </message>
    <message>
        <source>Names, doses and dose changes, for your check-in summary.</source>
        <translation>Nombres, dosis y cambios de dosis, para tu resumen para la sesión.</translation>
    </message>
    <message>
        <source>Fill in a questionnaire</source>
        <translation>Rellenar un cuestionario</translation>
    </message>
    <message>
        <source>The PHQ-9 or the GAD-7, whenever you want.</source>
        <translation>El PHQ-9 o el GAD-7, cuando quieras.</translation>
    </message>
</context>
<context>
    <name>CheckinOutput</name>
    <message>
        <source>check-in</source>
        <comment>a file name</comment>
        <translation>resumen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the summary</source>
        <translation>Imprimir el resumen</translation>
    </message>
    <message>
        <source>Opens the print dialog, so you can bring a paper copy.</source>
        <translation>Abre la ventana de impresión, para que puedas llevar una copia en papel.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the summary as a PDF, a web page or plain text</source>
        <translation>Guardar el resumen como PDF, página web o texto sencillo</translation>
    </message>
    <message>
        <source>Asks where to keep the file; nothing is sent anywhere.</source>
        <translation>Te pregunta dónde guardar el archivo; no se envía nada a ningún sitio.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.md)</source>
        <translation>Texto sencillo (*.md)</translation>
    </message>
    <message>
        <source>Save the summary</source>
        <translation>Guardar el resumen</translation>
    </message>
    <message>
        <source>That file could not be written ({reason}). Nothing else was changed.</source>
        <translation>No se pudo guardar ese archivo ({reason}). No se ha cambiado nada más.</translation>
    </message>
</context>
<context>
    <name>CheckinParts</name>
    <message>
        <source>Include: {part}</source>
        <translation>Incluir: {part}</translation>
    </message>
    <message>
        <source>When ticked, this part is in the summary; untick it to leave it out.</source>
        <translation>Si está marcada, esta parte va en el resumen; desmárcala para dejarla fuera.</translation>
    </message>
    <message>
        <source>Add my safety plan at the end</source>
        <translation>Añadir mi plan de seguridad al final</translation>
    </message>
    <message>
        <source>Add my safety plan to the summary</source>
        <translation>Añadir mi plan de seguridad al resumen</translation>
    </message>
    <message>
        <source>Off unless you tick it; the parts of your plan you wrote go at the end.</source>
        <translation>Desactivado salvo que lo marques; las partes de tu plan que escribiste van al final.</translation>
    </message>
    <message>
        <source>There is no safety plan to add yet. You can write one in Safety plan, in the Footholds menu, whenever you feel ready.</source>
        <translation>Todavía no hay un plan de seguridad que añadir. Puedes escribirlo en Plan de seguridad, en el menú de Footholds, cuando te sientas con ganas.</translation>
    </message>
    <message>
        <source>Include in the summary:</source>
        <translation>Incluir en el resumen:</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>Feelings and energy</source>
        <translation>Sentimientos y energía</translation>
    </message>
    <message>
        <source>What set things off</source>
        <translation>Qué me removió</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Lo que probé</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Parts of me</source>
        <translation>Partes de mí</translation>
    </message>
    <message>
        <source>Thought logs</source>
        <translation>Registros de pensamientos</translation>
    </message>
    <message>
        <source>Small wins and movement</source>
        <translation>Pequeños logros y movimiento</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Lo que hice</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>Proof list</source>
        <translation>Lo que ya he superado</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>CheckinPreview</name>
    <message>
        <source>Preview of the summary</source>
        <translation>Vista previa del resumen</translation>
    </message>
    <message>
        <source>The summary as it will print or save, with the parts you chose.</source>
        <translation>El resumen tal como se imprimirá o guardará, con las partes que elegiste.</translation>
    </message>
    <message numerus="yes">
        <source>A long stretch: the preview shows up to %n items in each part, the latest or the most often named. Saving or printing keeps everything.</source>
        <translation>
            <numerusform>Un periodo largo: la vista previa muestra hasta %n elemento de cada parte, el más reciente o el más nombrado. Al guardar o imprimir se incluye todo.</numerusform>
            <numerusform>Un periodo largo: la vista previa muestra hasta %n elementos de cada parte, los más recientes o los más nombrados. Al guardar o imprimir se incluye todo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Putting it together…</source>
        <translation>Preparándolo…</translation>
    </message>
</context>
<context>
    <name>CheckinWindow</name>
    <message>
        <source>What goes into the summary</source>
        <translation>Lo que entra en el resumen</translation>
    </message>
    <message>
        <source>The days it covers and the parts to include.</source>
        <translation>Los días que abarca y las partes que incluir.</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Resumen para la sesión</translation>
    </message>
    <message>
        <source>A short summary of the days since your last session, to bring along. You choose what goes in; nothing leaves this computer unless you save or print it.</source>
        <translation>Un resumen corto de los días desde tu última sesión, para llevarlo contigo. Tú eliges qué incluir; nada sale de este equipo a menos que lo guardes o lo imprimas.</translation>
    </message>
    <message>
        <source>Summary starts on</source>
        <translation>Inicio del resumen</translation>
    </message>
    <message>
        <source>The first day the summary looks back to.</source>
        <translation>El primer día que abarca el resumen.</translation>
    </message>
    <message>
        <source>Summary ends on</source>
        <translation>Fin del resumen</translation>
    </message>
    <message>
        <source>The last day the summary covers.</source>
        <translation>El último día que abarca el resumen.</translation>
    </message>
    <message>
        <source>Since my last session</source>
        <translation>Desde mi última sesión</translation>
    </message>
    <message numerus="yes">
        <source>Until %n:00 it is still {day} for you, so the summary runs to that day.</source>
        <translation>
            <numerusform>Hasta la %n:00 sigue siendo {day} para ti, así que el resumen llega hasta ese día.</numerusform>
            <numerusform>Hasta las %n:00 sigue siendo {day} para ti, así que el resumen llega hasta ese día.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start the summary at my last session</source>
        <translation>Empezar el resumen en mi última sesión</translation>
    </message>
    <message>
        <source>Sets the days back to everything since your last saved session, up to today.</source>
        <translation>Ajusta los días para abarcar todo desde tu última sesión guardada hasta hoy.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import entries from a file</source>
        <translation>Importar entradas desde un archivo</translation>
    </message>
    <message>
        <source>Brings in entries kept somewhere else, such as on your phone.</source>
        <translation>Trae entradas guardadas en otro sitio, como en tu teléfono.</translation>
    </message>
    <message>
        <source>Your first session is still to come, so the summary starts {days} days back.</source>
        <translation>Tu primera sesión aún está por llegar, así que el resumen empieza {days} días atrás.</translation>
    </message>
    <message>
        <source>No session saved yet, so the summary starts {days} days back. Add your sessions in Settings › My sessions, or save the date of the next one below.</source>
        <translation>Aún no hay ninguna sesión guardada, así que el resumen empieza {days} días atrás. Añade tus sesiones en Ajustes › Mis sesiones, o guarda abajo la fecha de la próxima.</translation>
    </message>
    <message>
        <source>Your first session was earlier today, so the summary starts {days} days back.</source>
        <translation>Tu primera sesión fue hoy, hace un rato, así que el resumen empieza {days} días atrás.</translation>
    </message>
    <message>
        <source>Your first session is today, so the summary starts {days} days back.</source>
        <translation>Tu primera sesión es hoy, así que el resumen empieza {days} días atrás.</translation>
    </message>
    <message>
        <source>Saved. Your next summary will start from {day}.</source>
        <translation>Guardado. Tu próximo resumen empezará el {day}.</translation>
    </message>
</context>
<context>
    <name>Chip</name>
    <message>
        <source>Remove from my list</source>
        <translation>Quitar de mi lista</translation>
    </message>
</context>
<context>
    <name>ChipGroup</name>
    <message>
        <source>The menu key offers to take it off your list.</source>
        <translation>La tecla de menú te ofrece quitarlo de tu lista.</translation>
    </message>
    <message>
        <source>+ your own</source>
        <translation>+ con tus palabras</translation>
    </message>
    <message>
        <source>Type your own words and press Enter to add them to your list.</source>
        <translation>Escribe tus propias palabras y pulsa Intro para añadirlas a tu lista.</translation>
    </message>
</context>
<context>
    <name>CountryCheck</name>
    <message>
        <source>Yes, that&apos;s right</source>
        <translation>Sí, es correcto</translation>
    </message>
    <message>
        <source>Yes, this is my country</source>
        <translation>Sí, este es mi país</translation>
    </message>
    <message>
        <source>Keeps this country for the crisis lines in Get help now.</source>
        <translation>Guarda este país para las líneas de crisis de Ayuda ahora.</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otro</translation>
    </message>
    <message>
        <source>Choose another country</source>
        <translation>Elegir otro país</translation>
    </message>
    <message>
        <source>Opens the list of countries.</source>
        <translation>Abre la lista de países.</translation>
    </message>
    <message>
        <source>Which country are you in? Then Get help now shows numbers you can call there.</source>
        <translation>¿En qué país estás? Así Ayuda ahora te mostrará números a los que puedes llamar allí.</translation>
    </message>
    <message>
        <source>It can wait: you can choose it later in Get help now, or in Settings.</source>
        <translation>Puede esperar: puedes elegirlo más tarde en Ayuda ahora o en Ajustes.</translation>
    </message>
    <message>
        <source>Get help now will show a directory of helplines by country. Whenever you know your country, you can choose it here.</source>
        <translation>«Ayuda ahora» te mostrará un directorio de líneas de ayuda por país. Cuando sepas tu país, puedes elegirlo aquí.</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Not set yet: press “{use}” so Get help now can show the numbers for it.</source>
        <translation>Aún sin elegir: pulsa «{use}» para que Ayuda ahora pueda mostrar sus números.</translation>
    </message>
    <message>
        <source>Your computer says you are in {place}. Is that right?</source>
        <translation>Según tu equipo, estás en {place}. ¿Es así?</translation>
    </message>
    <message>
        <source>Crisis lines for {place}.</source>
        <translation>Líneas de crisis: {place}.</translation>
    </message>
    <message>
        <source>For {place}, Get help now will show the emergency number, {number}, and a directory of helplines by country.</source>
        <translation>{place}: «Ayuda ahora» te mostrará el número de emergencias, el {number}, y un directorio de líneas de ayuda por país.</translation>
    </message>
    <message>
        <source>For {place}, Get help now will show a directory of helplines by country.</source>
        <translation>{place}: «Ayuda ahora» te mostrará un directorio de líneas de ayuda por país.</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>Other emergency numbers there: {numbers}</source>
        <translation>Otros números de emergencia allí: {numbers}</translation>
    </message>
    <message>
        <source>Phone {number}</source>
        <translation>Teléfono {number}</translation>
    </message>
    <message>
        <source>Call {name} on {number}</source>
        <translation>Llamar a {name} al {number}</translation>
    </message>
    <message>
        <source>These numbers were last checked on {date}, and some may have changed since. If one doesn&apos;t answer, the directory at {link} lists current lines by country.</source>
        <translation>Estos números se comprobaron por última vez el {date} y puede que alguno haya cambiado desde entonces. Si alguno no contesta, el directorio de {link} tiene las líneas actuales de cada país.</translation>
    </message>
    <message>
        <source>When these numbers were last checked</source>
        <translation>Cuándo se comprobaron estos números por última vez</translation>
    </message>
    <message>
        <source>{place}. {note}</source>
        <translation>{place}. {note}</translation>
    </message>
    <message>
        <source>Crisis lines and the emergency number</source>
        <translation>Líneas de crisis y número de emergencias</translation>
    </message>
    <message>
        <source>Crisis lines for {place}, from this computer&apos;s settings.</source>
        <translation>Líneas de crisis: {place} (según la configuración de este equipo).</translation>
    </message>
    <message>
        <source>Country: {place}.</source>
        <translation>País: {place}.</translation>
    </message>
    <message>
        <source>Crisis lines for {place}.</source>
        <translation>Líneas de crisis: {place}.</translation>
    </message>
    <message>
        <source>If you are in danger or can&apos;t keep yourself safe right now, call {number}.</source>
        <translation>Si estás en peligro o ahora mismo no puedes mantenerte a salvo, llama al {number}.</translation>
    </message>
    <message>
        <source>If you are in danger or can&apos;t keep yourself safe right now, call your local emergency number.</source>
        <translation>Si estás en peligro o ahora mismo no puedes mantenerte a salvo, llama al número de emergencias local.</translation>
    </message>
    <message>
        <source>No country chosen yet.</source>
        <translation>País por elegir.</translation>
    </message>
    <message>
        <source>Text {word} to {number}</source>
        <translation>Envía {word} al {number}</translation>
    </message>
    <message>
        <source>text {word} to {number}</source>
        <translation>envía {word} al {number}</translation>
    </message>
    <message>
        <source>Text {number}</source>
        <translation>Envía un mensaje al {number}</translation>
    </message>
    <message>
        <source>text {number}</source>
        <translation>envía un mensaje al {number}</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Lines for {place} checked on {date}. {note}</source>
        <translation>{place}: líneas comprobadas el {date}. {note}</translation>
    </message>
    <message>
        <source>Emergency number checked on {date}. {note}</source>
        <translation>Número de emergencias comprobado el {date}. {note}</translation>
    </message>
    <message>
        <source>Directory link checked on {date}. {note}</source>
        <translation>Enlace del directorio comprobado el {date}. {note}</translation>
    </message>
    <message>
        <source>Directory link checked on {date}.</source>
        <translation>Enlace del directorio comprobado el {date}.</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>This computer could not open that link. The number is shown as text: you can select it and call or text from your phone.</source>
        <translation>Este equipo no pudo abrir ese enlace. El número aparece como texto: puedes seleccionarlo y llamar o escribir desde tu teléfono.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Change country</source>
        <translation>Cambiar de país</translation>
    </message>
    <message>
        <source>Change the country for the crisis lines</source>
        <translation>Cambiar el país de las líneas de crisis</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Elige tu país</translation>
    </message>
    <message>
        <source>Opens Get help now with the list of countries.</source>
        <translation>Abre Ayuda ahora con la lista de países.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Copy the number for {name}</source>
        <translation>Copiar el número de {name}</translation>
    </message>
    <message>
        <source>Puts {number} on the clipboard, to paste or to dial from your phone.</source>
        <translation>Copia el {number} en el portapapeles, para pegarlo o marcarlo desde tu teléfono.</translation>
    </message>
    <message>
        <source>Copy text number</source>
        <translation>Copiar número de SMS</translation>
    </message>
    <message>
        <source>Copy the text number for {name}</source>
        <translation>Copiar el número de SMS de {name}</translation>
    </message>
    <message>
        <source>Puts {number} on the clipboard. Send it a message with the word {word}.</source>
        <translation>Copia el {number} en el portapapeles. Envíale un mensaje con la palabra {word}.</translation>
    </message>
    <message>
        <source>Puts {number} on the clipboard, to send a text to it from your phone.</source>
        <translation>Copia el {number} en el portapapeles, para enviarle un mensaje desde tu teléfono.</translation>
    </message>
    <message>
        <source>Copy the emergency number</source>
        <translation>Copiar el número de emergencias</translation>
    </message>
    <message>
        <source>Starts a call to {number}.</source>
        <translation>Empieza una llamada al {number}.</translation>
    </message>
    <message>
        <source>send a text</source>
        <translation>enviar un mensaje</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Export as plain text?</source>
        <translation>¿Exportar como texto sin cifrar?</translation>
    </message>
    <message>
        <source>The lock is on, but an export is not encrypted: anyone who can open the file can read everything in it. Export anyway?</source>
        <translation>El bloqueo está activado, pero una exportación no va cifrada: cualquiera que pueda abrir el archivo puede leer todo lo que contiene. ¿Exportar de todos modos?</translation>
    </message>
    <message>
        <source>Your data folder</source>
        <translation>Tu carpeta de datos</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Shows the folder with everything you wrote, in your file manager.</source>
        <translation>Muestra en tu gestor de archivos la carpeta con todo lo que has escrito.</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Saves a copy of everything in the backups folder, alongside the daily ones.</source>
        <translation>Guarda una copia de todo en la carpeta de copias, junto a las diarias.</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Recuperar una copia…</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elige la copia que quieres recuperar</translation>
    </message>
    <message>
        <source>Lets you pick a backup and asks before using it; what is here now is backed up first.</source>
        <translation>Te deja elegir una copia y te pregunta antes de usarla; antes se guarda una copia de lo que hay ahora.</translation>
    </message>
    <message>
        <source>Export to a JSON file…</source>
        <translation>Exportar a un archivo JSON…</translation>
    </message>
    <message>
        <source>Export all your data to a JSON file</source>
        <translation>Exportar todos tus datos a un archivo JSON</translation>
    </message>
    <message>
        <source>Writes a copy of everything to a file you choose; nothing here changes.</source>
        <translation>Guarda una copia de todo en el archivo que elijas; aquí no cambia nada.</translation>
    </message>
    <message>
        <source>Export to CSV files…</source>
        <translation>Exportar a archivos CSV…</translation>
    </message>
    <message>
        <source>Export all your data to CSV files, for a spreadsheet, in one zip file</source>
        <translation>Exportar todos tus datos a archivos CSV, para una hoja de cálculo, en un solo archivo zip</translation>
    </message>
    <message>
        <source>Writes a copy of everything to a zip file you choose; nothing here changes.</source>
        <translation>Guarda una copia de todo en el archivo zip que elijas; aquí no cambia nada.</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import entries from a file</source>
        <translation>Importar entradas desde un archivo</translation>
    </message>
    <message>
        <source>Opens a window that shows what a file would add before anything changes.</source>
        <translation>Abre una ventana que muestra lo que añadiría un archivo antes de que cambie nada.</translation>
    </message>
    <message>
        <source>Don&apos;t export</source>
        <translation>No exportar</translation>
    </message>
    <message>
        <source>The backup could not be written: {reason}</source>
        <translation>No se pudo guardar la copia: {reason}</translation>
    </message>
    <message>
        <source>Backup written to {path}</source>
        <translation>Copia guardada en {path}</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed. {reason}</source>
        <translation>Este archivo no se puede recuperar; no se ha cambiado nada. {reason}</translation>
    </message>
    <message>
        <source>Restoring failed and nothing was changed: {reason}.</source>
        <translation>No se pudo recuperar la copia y no se ha cambiado nada: {reason}.</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the data folder can&apos;t be written to</source>
        <translation>no se puede escribir en la carpeta de datos</translation>
    </message>
    <message>
        <source>Footholds is importing a file in another window just now. Please restore once the import is done; nothing was changed.</source>
        <translation>Footholds está importando un archivo en otra ventana ahora mismo. Recupera la copia cuando termine la importación; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restore {name}?

Entries in Footholds now: {now}
Entries in this backup: {then}</source>
        <translation>¿Recuperar {name}?

Entradas en Footholds ahora: {now}
Entradas en esta copia: {then}</translation>
    </message>
    <message>
        <source>Restoring puts this backup in place of what is in Footholds now. What you have now is first kept as a backup, “what you had before a restore”, so nothing is lost.</source>
        <translation>Esta copia ocupará el lugar de lo que hay ahora en Footholds. Lo que tienes ahora se guarda primero como copia, «lo que tenías antes de recuperar una copia», así que no se pierde nada.</translation>
    </message>
    <message>
        <source>This backup holds no entries: after restoring, Footholds would be empty.</source>
        <translation>Esta copia no tiene entradas: después de recuperarla, Footholds quedaría vacío.</translation>
    </message>
    <message>
        <source>Your lists of feelings, small wins and parts come back too, as they were in the backup. Your other settings stay as they are.</source>
        <translation>Tus listas de sentimientos, pequeños logros y partes de ti también vuelven, como estaban en la copia. El resto de tus ajustes se queda como está.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Recuperar esta copia</translation>
    </message>
    <message>
        <source>Keep my data as it is</source>
        <translation>Dejar mis datos como están</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Recuperar una copia</translation>
    </message>
    <message>
        <source>Restored. Your data from before is kept in the backups folder.</source>
        <translation>Recuperado. Tus datos de antes se guardan en la carpeta de copias.</translation>
    </message>
    <message>
        <source>The export could not be written: {reason}</source>
        <translation>No se pudo guardar la exportación: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n entries written to {path}.</source>
        <translation>
            <numerusform>%n entrada guardada en {path}.</numerusform>
            <numerusform>%n entradas guardadas en {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything you write stays in one folder on this computer, and only there.</source>
        <translation>Todo lo que escribes se queda en una carpeta de este equipo, y solo ahí.</translation>
    </message>
    <message>
        <source>Where your files are</source>
        <translation>Dónde están tus archivos</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Footholds makes one each day and keeps the last few.</source>
        <translation>Footholds hace una cada día y guarda las últimas.</translation>
    </message>
    <message>
        <source>Export and import</source>
        <translation>Exportar e importar</translation>
    </message>
    <message>
        <source>A copy you can read or keep elsewhere, or entries from another app or an earlier export.</source>
        <translation>Una copia que puedes leer o guardar en otro sitio, o entradas de otra aplicación o de una exportación anterior.</translation>
    </message>
    <message>
        <source>CSV files are for reading in a spreadsheet. A JSON file is the export Footholds can bring back with Import.</source>
        <translation>Los archivos CSV son para leerlos en una hoja de cálculo. Un archivo JSON es la exportación que Footholds puede recuperar con Importar.</translation>
    </message>
    <message>
        <source>Export anyway</source>
        <translation>Exportar de todos modos</translation>
    </message>
    <message>
        <source>CSV files come in a zip, so this export is named {name}. A file with that name is already there. Replace it?</source>
        <translation>Los archivos CSV van dentro de un zip, así que esta exportación se llama {name}. Ya hay un archivo con ese nombre. ¿Quieres sustituirlo?</translation>
    </message>
    <message>
        <source>Replace it</source>
        <translation>Sustituirlo</translation>
    </message>
</context>
<context>
    <name>EnergyFeelingsChart</name>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
</context>
<context>
    <name>EnergyPicker</name>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>low</source>
        <translation>poca</translation>
    </message>
    <message>
        <source>high</source>
        <translation>mucha</translation>
    </message>
    <message>
        <source>Energy {level} of 5</source>
        <translation>Energía {level} de 5</translation>
    </message>
    <message>
        <source>Notes your energy at this level; pick it again to clear it.</source>
        <translation>Anota tu energía en este nivel; vuelve a elegirlo para quitarla.</translation>
    </message>
</context>
<context>
    <name>EntryEditor</name>
    <message>
        <source>Entry from today at {time}</source>
        <translation>Entrada de hoy a las {time}</translation>
    </message>
    <message>
        <source>Entry from yesterday at {time}</source>
        <translation>Entrada de ayer a las {time}</translation>
    </message>
    <message>
        <source>Entry from {day} at {time}</source>
        <translation>Entrada del {day} a las {time}</translation>
    </message>
    <message>
        <source>Entry from today at {time}</source>
        <comment>the hour is one</comment>
        <translation>Entrada de hoy a la {time}</translation>
    </message>
    <message>
        <source>Entry from yesterday at {time}</source>
        <comment>the hour is one</comment>
        <translation>Entrada de ayer a la {time}</translation>
    </message>
    <message>
        <source>Entry from {day} at {time}</source>
        <comment>the hour is one</comment>
        <translation>Entrada del {day} a la {time}</translation>
    </message>
    <message>
        <source>The entry</source>
        <translation>La entrada</translation>
    </message>
    <message>
        <source>Everything in this entry; any of it can be changed.</source>
        <translation>Todo lo que hay en esta entrada; puedes cambiar cualquier parte.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keeps your changes to this entry.</source>
        <translation>Guarda los cambios de esta entrada.</translation>
    </message>
    <message>
        <source>Closes and leaves the entry as it was; your changes can be brought back for a few seconds.</source>
        <translation>Cierra y deja la entrada como estaba; tus cambios se pueden recuperar durante unos segundos.</translation>
    </message>
    <message>
        <source>Some of what was kept came from another version of Footholds and can&apos;t be shown here.</source>
        <translation>Parte de lo guardado viene de otra versión de Footholds y no se puede mostrar aquí.</translation>
    </message>
    <message>
        <source>Close without saving your changes?</source>
        <translation>¿Cerrar sin guardar los cambios?</translation>
    </message>
    <message>
        <source>That entry is no longer in Footholds (it may have been removed, or an older backup restored). Your words are still here: Keep as a new entry saves them.</source>
        <translation>Esa entrada ya no está en Footholds (puede que se haya quitado o que se haya recuperado una copia de seguridad más antigua). Tus palabras siguen aquí: Guardar como entrada nueva las guarda.</translation>
    </message>
    <message>
        <source>Keep as a new entry</source>
        <translation>Guardar como entrada nueva</translation>
    </message>
    <message>
        <source>Saves these words as an entry of their own, with the entry&apos;s date and time.</source>
        <translation>Guarda estas palabras como una entrada propia, con la fecha y la hora de la entrada.</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Descartar los cambios</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>FinishedRow</name>
    <message>
        <source>Save to my proof list</source>
        <translation>Guardar en lo que ya he superado</translation>
    </message>
    <message>
        <source>Sa&amp;ve to my proof list</source>
        <translation>&amp;Guardar en lo que ya he superado</translation>
    </message>
    <message>
        <source>Save this finished goal to my proof list</source>
        <translation>Guardar este objetivo terminado en lo que ya he superado</translation>
    </message>
    <message>
        <source>Keeps it as a time you got through, dated the day you finished.</source>
        <translation>Lo guarda como una vez que saliste adelante, con la fecha del día en que lo terminaste.</translation>
    </message>
    <message>
        <source>On your proof list</source>
        <translation>En lo que ya has superado</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this finished goal</source>
        <translation>Quitar este objetivo terminado</translation>
    </message>
    <message>
        <source>Takes it off this list, after asking; you can undo it for a moment.</source>
        <translation>Lo quita de esta lista, tras preguntarte; puedes deshacerlo durante un momento.</translation>
    </message>
    <message>
        <source>✓ {title} (finished {day})</source>
        <translation>✓ {title} (terminado: {day})</translation>
    </message>
</context>
<context>
    <name>FirstProof</name>
    <message>
        <source>Nothing here yet, and that&apos;s all right. Think of one time you got through a hard day. It doesn&apos;t have to be big. For example:</source>
        <translation>Aún no hay nada, y está bien. Piensa en una vez que superaste un día difícil. No tiene que ser algo grande. Por ejemplo:</translation>
    </message>
    <message>
        <source>Add my &amp;first one</source>
        <translation>Añadir la &amp;primera</translation>
    </message>
    <message>
        <source>Add your first entry</source>
        <translation>Añadir tu primera entrada</translation>
    </message>
    <message>
        <source>Opens a short form to write down one time you got through.</source>
        <translation>Abre un formulario corto para anotar una vez que saliste adelante.</translation>
    </message>
</context>
<context>
    <name>FirstRunWindow</name>
    <message>
        <source>What Footholds is and is not, where help is, and a few first choices.</source>
        <translation>Qué es Footholds y qué no es, dónde hay ayuda y unas primeras opciones.</translation>
    </message>
    <message>
        <source>Welcome to Footholds</source>
        <translation>Te damos la bienvenida a Footholds</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>A small companion for the days between therapy sessions. It nudges you, gently, to move a little and to rest; it gives you a quick way to note how you are; and it keeps your proof that you have got through hard days before.</source>
        <translation>Una pequeña compañía para los días entre sesiones de terapia. Te recuerda, con suavidad, que te muevas un poco y descanses; te da una forma rápida de anotar cómo estás; y guarda las veces que ya has salido adelante en días difíciles.</translation>
    </message>
    <message>
        <source>What it is not</source>
        <translation>Qué no es</translation>
    </message>
    <message>
        <source>Footholds is self-help. It is not therapy, and it is not an emergency service: nobody sees what you write here, and nobody will be alerted.</source>
        <translation>Footholds es una herramienta de autoayuda. No es una terapia ni un servicio de emergencias: nadie ve lo que escribes aquí y no se avisará a nadie.</translation>
    </message>
    <message>
        <source>Where help is</source>
        <translation>Dónde está la ayuda</translation>
    </message>
    <message>
        <source>“Get help now” is always in the tray menu. It shows crisis lines for your region, the emergency number, and your own safety plan and people. If you are in danger, call your local emergency number.</source>
        <translation>«Ayuda ahora» está siempre en el menú de la bandeja. Muestra las líneas de crisis de tu región, el número de emergencias, tu plan de seguridad y tus personas de confianza. Si estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>“Get help now” is always in the Footholds window. It shows crisis lines for your region, the emergency number, and your own safety plan and people. If you are in danger, call your local emergency number.</source>
        <translation>«Ayuda ahora» está siempre en la ventana de Footholds. Muestra las líneas de crisis de tu región, el número de emergencias, tu plan de seguridad y tus personas de confianza. Si estás en peligro, llama al número de emergencias de tu zona.</translation>
    </message>
    <message>
        <source>Your words stay here</source>
        <translation>Tus palabras se quedan aquí</translation>
    </message>
    <message>
        <source>Everything you write stays on this computer, readable only by you. Footholds never connects to the internet.</source>
        <translation>Todo lo que escribes se queda en este equipo y solo tú puedes leerlo. Footholds nunca se conecta a internet.</translation>
    </message>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Got it; close this card</source>
        <translation>Entendido; cerrar esta tarjeta</translation>
    </message>
    <message>
        <source>You can read this again any time from About.</source>
        <translation>Puedes volver a leerlo cuando quieras desde Acerca de Footholds.</translation>
    </message>
    <message>
        <source>Write your safety plan, when you are ready</source>
        <translation>Escribe tu plan de seguridad cuando te veas con fuerzas</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>A few lines written on a calmer day, for the harder ones. No rush.</source>
        <translation>Unas pocas líneas escritas en un día más tranquilo, para los más difíciles. Sin prisa.</translation>
    </message>
</context>
<context>
    <name>GoalCard</name>
    <message>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>What this goal is called; change the words whenever you like.</source>
        <translation>Cómo se llama este objetivo; cambia las palabras cuando quieras.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Avance</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pasos</translation>
    </message>
    <message>
        <source>Space ticks a step off. F2 changes its words. Alt+Up and Alt+Down move it. Delete removes it.</source>
        <translation>Espacio marca un paso como hecho. F2 cambia sus palabras. Alt+Arriba y Alt+Abajo lo mueven. Supr lo quita.</translation>
    </message>
    <message>
        <source>No steps yet. One small one is plenty to begin.</source>
        <translation>Aún no hay pasos. Uno pequeño basta para empezar.</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nuevo paso</translation>
    </message>
    <message>
        <source>One tiny next step toward this goal; Enter adds it.</source>
        <translation>Un siguiente paso pequeñito hacia este objetivo; Intro lo añade.</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Añadir paso</translation>
    </message>
    <message>
        <source>Add this step</source>
        <translation>Añadir este paso</translation>
    </message>
    <message>
        <source>Adds what you wrote as the last step of this goal.</source>
        <translation>Añade lo que has escrito como último paso de este objetivo.</translation>
    </message>
    <message>
        <source>Ready for a first small step</source>
        <translation>Todo a punto para un primer paso pequeño</translation>
    </message>
    <message>
        <source>The next tiny step</source>
        <translation>El siguiente paso pequeñito</translation>
    </message>
    <message>
        <source>Remove &amp;goal</source>
        <translation>Quitar &amp;objetivo</translation>
    </message>
    <message numerus="yes">
        <source>%n steps done</source>
        <translation>
            <numerusform>%n paso hecho</numerusform>
            <numerusform>%n pasos hechos</numerusform>
        </translation>
    </message>
    <message>
        <source>More for this goal</source>
        <translation>Más opciones para este objetivo</translation>
    </message>
    <message>
        <source>Rename the goal, add a step, move or remove the chosen step, or remove it.</source>
        <translation>Cambia el nombre del objetivo, añade un paso, mueve o quita el paso elegido, o quita el objetivo.</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Arriba</translation>
    </message>
    <message>
        <source>&amp;Rename goal</source>
        <translation>Cambiar el &amp;nombre del objetivo</translation>
    </message>
    <message>
        <source>&amp;Add a step</source>
        <translation>Añadir un &amp;paso</translation>
    </message>
    <message>
        <source>&amp;Change the chosen step&apos;s words</source>
        <translation>&amp;Cambiar las palabras del paso elegido</translation>
    </message>
    <message>
        <source>Move the chosen step &amp;up</source>
        <translation>&amp;Subir el paso elegido</translation>
    </message>
    <message>
        <source>Alt+Down</source>
        <translation>Alt+Abajo</translation>
    </message>
    <message>
        <source>Move the chosen step &amp;down</source>
        <translation>&amp;Bajar el paso elegido</translation>
    </message>
    <message>
        <source>Remove the chosen &amp;step</source>
        <translation>&amp;Quitar el paso elegido</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
</context>
<context>
    <name>GoalsSection</name>
    <message>
        <source>Shows a card for every goal under way, not only those touched lately.</source>
        <translation>Muestra una tarjeta para cada objetivo en marcha, no solo los que has tocado hace poco.</translation>
    </message>
    <message>
        <source>All done, one step at a time.</source>
        <translation>Terminado, paso a paso.</translation>
    </message>
    <message>
        <source>Micro-goals</source>
        <translation>Microobjetivos</translation>
    </message>
    <message>
        <source>Something big, in a few words</source>
        <translation>Algo grande, en pocas palabras</translation>
    </message>
    <message>
        <source>New goal</source>
        <translation>Nuevo objetivo</translation>
    </message>
    <message>
        <source>Something big, in a few words; you break it into tiny steps next.</source>
        <translation>Algo grande, en pocas palabras; después lo divides en pasos pequeñitos.</translation>
    </message>
    <message>
        <source>Add g&amp;oal</source>
        <translation>Añadir &amp;objetivo</translation>
    </message>
    <message>
        <source>Add this goal</source>
        <translation>Añadir este objetivo</translation>
    </message>
    <message>
        <source>Adds the goal and takes you straight to writing its first small step.</source>
        <translation>Añade el objetivo y te lleva directamente a escribir su primer paso pequeño.</translation>
    </message>
    <message>
        <source>&amp;Show all goals</source>
        <translation>&amp;Ver todos los objetivos</translation>
    </message>
    <message>
        <source>Finished lately</source>
        <translation>Terminados hace poco</translation>
    </message>
    <message>
        <source>Nothing here yet. Something big gets lighter in tiny steps. For example, “{goal}” could start with “{first}”, then “{second}”.</source>
        <translation>Aún no hay nada. Algo grande pesa menos en pasos pequeñitos. Por ejemplo, «{goal}» podría empezar por «{first}» y luego «{second}».</translation>
    </message>
    <message>
        <source>&amp;Show fewer goals</source>
        <translation>&amp;Ver menos objetivos</translation>
    </message>
    <message>
        <source>I finished “{title}”, one small step at a time.</source>
        <translation>Terminé «{title}», paso a paso.</translation>
    </message>
    <message>
        <source>Remove the step “{step}”?</source>
        <translation>¿Quitar el paso «{step}»?</translation>
    </message>
    <message>
        <source>Remove step</source>
        <translation>Quitar paso</translation>
    </message>
    <message>
        <source>Step removed.</source>
        <translation>Paso quitado.</translation>
    </message>
    <message>
        <source>Remove the goal “{title}” and its steps?</source>
        <translation>¿Quitar el objetivo «{title}» y sus pasos?</translation>
    </message>
    <message>
        <source>Remove goal</source>
        <translation>Quitar objetivo</translation>
    </message>
    <message>
        <source>Goal removed.</source>
        <translation>Objetivo quitado.</translation>
    </message>
    <message>
        <source>Saved to your proof list.</source>
        <translation>Guardado en lo que ya has superado.</translation>
    </message>
    <message>
        <source>One small step, taken.</source>
        <translation>Un pequeño paso, dado.</translation>
    </message>
</context>
<context>
    <name>GoneDoseWords</name>
    <message>
        <source>Let these words go?</source>
        <translation>¿Descartar estas palabras?</translation>
    </message>
    <message>
        <source>Once let go, they can&apos;t be brought back.</source>
        <translation>Una vez descartadas, no se pueden recuperar.</translation>
    </message>
    <message>
        <source>Let them go</source>
        <translation>Descartarlas</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Words you were writing for a dose change are still here, not noted: the medicine they were for is no longer on your list.</source>
        <translation>Las palabras que escribías para un cambio de dosis siguen aquí, sin anotar: el medicamento al que iban ya no está en tu lista.</translation>
    </message>
    <message>
        <source>Copy the dose change words</source>
        <translation>Copiar las palabras del cambio de dosis</translation>
    </message>
    <message>
        <source>Let go of the dose change words</source>
        <translation>Descartar las palabras del cambio de dosis</translation>
    </message>
    <message>
        <source>Asks first, then lets them go for good.</source>
        <translation>Pregunta antes y luego las descarta para siempre.</translation>
    </message>
</context>
<context>
    <name>Grounding</name>
    <message>
        <source>Grounding step</source>
        <translation>Paso para volver al presente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>The previous grounding step</source>
        <translation>El paso anterior</translation>
    </message>
    <message>
        <source>Goes back one step, so you can stay with it a little longer.</source>
        <translation>Vuelve un paso atrás, para que puedas quedarte en él un poco más.</translation>
    </message>
    <message>
        <source>Begin</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Begin the grounding exercise</source>
        <translation>Empezar el ejercicio para volver al presente</translation>
    </message>
    <message>
        <source>Starts five short steps that bring you back to your senses.</source>
        <translation>Empieza cinco pasos cortos que te traen de vuelta al presente a través de los sentidos.</translation>
    </message>
    <message>
        <source>Step {step} of {steps}</source>
        <translation>Paso {step} de {steps}</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>The next grounding step</source>
        <translation>El paso siguiente</translation>
    </message>
    <message>
        <source>Moves on to the next sense, whenever you are ready.</source>
        <translation>Pasa al siguiente sentido, cuando tú decidas.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Volver a empezar</translation>
    </message>
    <message>
        <source>Start the grounding exercise again</source>
        <translation>Volver a empezar el ejercicio</translation>
    </message>
    <message>
        <source>Goes back to the opening words, to go through it once more.</source>
        <translation>Vuelve a las palabras del principio, para hacerlo una vez más.</translation>
    </message>
</context>
<context>
    <name>HelpKnowledgeWindow</name>
    <message>
        <source>Good to know</source>
        <translation>Bueno saberlo</translation>
    </message>
    <message>
        <source>A few plain things that can help on the hardest days. Read what you need.</source>
        <translation>Unas cuantas cosas sencillas que pueden ayudar en los días más duros. Lee lo que necesites.</translation>
    </message>
    <message>
        <source>Calling or texting a line, how an urge rises and falls, and warning signs worth telling someone about.</source>
        <translation>Llamar o escribir a una línea, cómo sube y baja un impulso y las señales de alarma que vale la pena contarle a alguien.</translation>
    </message>
</context>
<context>
    <name>HelpLink</name>
    <message>
        <source>&amp;Get help now</source>
        <translation>A&amp;yuda ahora</translation>
    </message>
    <message>
        <source>Open Get help now</source>
        <translation>Abrir Ayuda ahora</translation>
    </message>
    <message>
        <source>Crisis lines, your own numbers and your safety plan, in their own window.</source>
        <translation>Líneas de crisis, tus números y tu plan de seguridad, en su propia ventana.</translation>
    </message>
</context>
<context>
    <name>HelpNowWindow</name>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Help, right now</source>
        <translation>Ayuda, ahora mismo</translation>
    </message>
    <message>
        <source>You don&apos;t have to get through this on your own. The people on these lines are there to listen.</source>
        <translation>No tienes que pasar por esto en soledad. Las personas de estas líneas están ahí para escucharte.</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Tus números</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Tu plan de seguridad</translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>Crisis lines first, then your own numbers, your plan and people you trust.</source>
        <translation>Primero las líneas de crisis; luego tus números, tu plan y tus personas de confianza.</translation>
    </message>
    <message>
        <source>You don&apos;t have to get through this on your own. Below is how to reach emergency help, and a directory of helplines by country.</source>
        <translation>No tienes que pasar por esto en soledad. Aquí abajo tienes cómo pedir ayuda de emergencia y un directorio de líneas de ayuda por país.</translation>
    </message>
    <message>
        <source>What happens when you call, and more to know</source>
        <translation>Qué pasa cuando llamas, y más cosas que saber</translation>
    </message>
    <message>
        <source>Open Good to know</source>
        <translation>Abrir Bueno saberlo</translation>
    </message>
    <message>
        <source>Who answers a line and that you can stay anonymous, how an urge rises and falls, and warning signs worth telling someone about.</source>
        <translation>Quién atiende una línea y que puedes mantener el anonimato, cómo sube y baja un impulso y las señales de alarma que vale la pena contarle a alguien.</translation>
    </message>
</context>
<context>
    <name>HelpsCard</name>
    <message>
        <source>What seems to help</source>
        <translation>Lo que parece ayudar</translation>
    </message>
    <message>
        <source>You tended to feel a little better after:</source>
        <translation>Solías sentirte un poco mejor después de:</translation>
    </message>
    <message>
        <source>From the moods you noted before and after. A pattern, not a rule, and it may change.</source>
        <translation>Según el ánimo que anotaste antes y después. Es una tendencia, no una regla, y puede cambiar.</translation>
    </message>
</context>
<context>
    <name>HowWasThatDialog</name>
    <message>
        <source>How was that?</source>
        <translation>¿Qué tal fue?</translation>
    </message>
    <message>
        <source>All of this is optional. 1 is very low, 5 is good.</source>
        <translation>Todo esto es opcional. 1 es muy bajo, 5 es bueno.</translation>
    </message>
    <message>
        <source>My mood before</source>
        <translation>Mi ánimo antes</translation>
    </message>
    <message>
        <source>My mood after</source>
        <translation>Mi ánimo después</translation>
    </message>
    <message>
        <source>A word about it, if you like</source>
        <translation>Una palabra sobre ello, si quieres</translation>
    </message>
    <message>
        <source>A word about it</source>
        <translation>Una palabra sobre ello</translation>
    </message>
    <message>
        <source>One word or a few, for you to look back on.</source>
        <translation>Una palabra o unas pocas, para que las recuerdes después.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Guardarlo</translation>
    </message>
    <message>
        <source>Notes that you did it, with how it felt.</source>
        <translation>Anota que lo hiciste, y cómo te sentiste.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Closes this; it stays noted as done.</source>
        <translation>Cierra esto; sigue anotado como hecho.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Closes this and changes nothing.</source>
        <translation>Cierra esto sin cambiar nada.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Bring in entries</source>
        <translation>Traer entradas</translation>
    </message>
    <message>
        <source>Importing only adds: nothing you have is replaced or removed.</source>
        <translation>Importar solo añade: nada de lo que tienes se reemplaza ni se borra.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>How much of the file is done</source>
        <translation>Cuánto del archivo está hecho</translation>
    </message>
    <message>
        <source>Import entries</source>
        <translation>Importar entradas</translation>
    </message>
    <message>
        <source>Bring in entries from a Footholds export (JSON) or from a Daylio export (CSV). You will see what would be added before anything changes, and entries you already have are never added twice.</source>
        <translation>Trae entradas de una exportación de Footholds (JSON) o de Daylio (CSV). Antes de que cambie nada verás lo que se añadiría, y las entradas que ya tienes nunca se añaden dos veces.</translation>
    </message>
    <message>
        <source>No file chosen yet</source>
        <translation>Ningún archivo elegido por ahora</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>El archivo que importar</translation>
    </message>
    <message>
        <source>Shows the file you picked with Choose file; it cannot be typed in.</source>
        <translation>Muestra el archivo que elegiste con Elegir archivo; no se puede escribir en él.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Elige un archivo para importar</translation>
    </message>
    <message>
        <source>Lets you pick a Footholds or Daylio export; nothing is added yet.</source>
        <translation>Te deja elegir una exportación de Footholds o de Daylio; todavía no se añade nada.</translation>
    </message>
    <message>
        <source>What would be imported</source>
        <translation>Lo que se importaría</translation>
    </message>
    <message>
        <source>What the chosen file holds and what would be added from it; read only.</source>
        <translation>Lo que contiene el archivo elegido y lo que se añadiría de él; solo lectura.</translation>
    </message>
    <message>
        <source>What the file holds will show here.</source>
        <translation>Aquí verás lo que contiene el archivo.</translation>
    </message>
    <message>
        <source>Closes this window without importing anything.</source>
        <translation>Cierra esta ventana sin importar nada.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the new entries</source>
        <translation>Importar las entradas nuevas</translation>
    </message>
    <message>
        <source>Adds the entries shown as new; ones you already have are left as they are.</source>
        <translation>Añade las entradas que aparecen como nuevas; las que ya tienes se quedan como están.</translation>
    </message>
    <message>
        <source>Closes this window; there is nothing to import.</source>
        <translation>Cierra esta ventana; no hay nada que importar.</translation>
    </message>
    <message>
        <source>There is nothing new in this file to add.</source>
        <translation>Este archivo no tiene nada nuevo que añadir.</translation>
    </message>
    <message>
        <source>Exports (*.json *.csv);;All files (*)</source>
        <translation>Exportaciones (*.json *.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Closes this window; the import is done.</source>
        <translation>Cierra esta ventana; la importación ya está hecha.</translation>
    </message>
    <message numerus="yes">
        <source>Reading the file: %Ln rows</source>
        <translation>
            <numerusform>Leyendo el archivo: %Ln fila</numerusform>
            <numerusform>Leyendo el archivo: %Ln filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Importing: %Ln rows</source>
        <translation>
            <numerusform>Importando: %Ln fila</numerusform>
            <numerusform>Importando: %Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <source>{reason} Nothing was changed.</source>
        <translation>{reason} No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Stops reading the file and closes this window; nothing is imported.</source>
        <translation>Deja de leer el archivo y cierra esta ventana; no se importa nada.</translation>
    </message>
    <message>
        <source>Stops the import; the entries that came in so far are kept.</source>
        <translation>Detiene la importación; las entradas que ya han llegado se conservan.</translation>
    </message>
    <message>
        <source>The file is no longer where it was: choose it again to bring in the rest.</source>
        <translation>El archivo ya no está donde estaba: vuelve a elegirlo para traer el resto.</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>InsightsWindow</name>
    <message>
        <source>Insights</source>
        <translation>Mirada atrás</translation>
    </message>
    <message>
        <source>A gentle look back at the days. There is no right or wrong way for them to look.</source>
        <translation>Una mirada tranquila a los días pasados. No hay una forma buena ni mala de que se vean.</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semana</translation>
    </message>
    <message>
        <source>Show the last 7 days</source>
        <translation>Mostrar los últimos 7 días</translation>
    </message>
    <message>
        <source>Looks back over one week at a time.</source>
        <translation>Mira atrás semana a semana.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <source>Show the last 30 days</source>
        <translation>Mostrar los últimos 30 días</translation>
    </message>
    <message>
        <source>Looks back over one month at a time.</source>
        <translation>Mira atrás mes a mes.</translation>
    </message>
    <message>
        <source>‹ Earlier</source>
        <translation>‹ Antes</translation>
    </message>
    <message>
        <source>Show earlier days</source>
        <translation>Mostrar días anteriores</translation>
    </message>
    <message>
        <source>Steps back by one week or month.</source>
        <translation>Retrocede una semana o un mes.</translation>
    </message>
    <message>
        <source>Later ›</source>
        <translation>Después ›</translation>
    </message>
    <message>
        <source>Show later days</source>
        <translation>Mostrar días posteriores</translation>
    </message>
    <message>
        <source>Steps forward by one week or month, back towards today.</source>
        <translation>Avanza una semana o un mes, de vuelta hacia hoy.</translation>
    </message>
    <message>
        <source>The days shown</source>
        <translation>Los días que se muestran</translation>
    </message>
    <message>
        <source>Nothing to show for these days yet. Whenever you note how you are, or do one of the small movements, it will gently appear here.</source>
        <translation>Aún no hay nada que mostrar de estos días. Cuando anotes cómo estás, o hagas alguno de los pequeños movimientos, irá apareciendo aquí.</translation>
    </message>
    <message>
        <source>Energy and feelings</source>
        <translation>Energía y sentimientos</translation>
    </message>
    <message>
        <source>Moving a little</source>
        <translation>Moverte un poco</translation>
    </message>
    <message>
        <source>Movements done</source>
        <translation>Movimientos hechos</translation>
    </message>
    <message>
        <source>What helped most often</source>
        <translation>Lo que más veces ayudó</translation>
    </message>
    <message>
        <source>Winding down</source>
        <translation>Desconectar</translation>
    </message>
    <message>
        <source>Evenings with a wind-down</source>
        <translation>Noches con un rato para desconectar</translation>
    </message>
    <message>
        <source>Pictures of your energy, feelings, movement and rest over the days shown.</source>
        <translation>Gráficos de tu energía, tus sentimientos, tu movimiento y tu descanso en los días que se muestran.</translation>
    </message>
    <message>
        <source>When you note how you feel or your energy, it will show here.</source>
        <translation>Cuando anotes cómo te sientes o tu energía, aparecerá aquí.</translation>
    </message>
    <message>
        <source>You noted your energy on {days}.</source>
        <translation>Anotaste tu energía en {days}.</translation>
    </message>
    <message>
        <source>Named most often: {named}.</source>
        <translation>Lo que más nombraste: {named}.</translation>
    </message>
    <message numerus="yes">
        <source>Also named: {named} and %n more.</source>
        <translation>
            <numerusform>También nombraste: {named} y %n más.</numerusform>
            <numerusform>También nombraste: {named} y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Also named: {named}.</source>
        <translation>También nombraste: {named}.</translation>
    </message>
    <message>
        <source>Each dot is a day you named that feeling.</source>
        <translation>Cada punto es un día en que nombraste ese sentimiento.</translation>
    </message>
    <message>
        <source>When you do a small movement, it will show here.</source>
        <translation>Cuando hagas algún movimiento pequeño, aparecerá aquí.</translation>
    </message>
    <message>
        <source>{moves}, on {days}.</source>
        <translation>{moves}, en {days}.</translation>
    </message>
    <message>
        <source>When you note what helped, even a little, it will be gathered here.</source>
        <translation>Cuando anotes lo que te ayudó, aunque sea un poco, se irá reuniendo aquí.</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>“{move}” helped {times}.</source>
        <translation>«{move}» te ayudó {times}.</translation>
    </message>
    <message>
        <source>Each dot is an evening you gave yourself time to wind down.</source>
        <translation>Cada punto es una noche en la que te diste un rato para desconectar.</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small movements</source>
        <translation>
            <numerusform>%n pequeño movimiento</numerusform>
            <numerusform>%n pequeños movimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the quick log</source>
        <translation>Abrir el registro rápido</translation>
    </message>
    <message>
        <source>Note how you are, in a few clicks.</source>
        <translation>Anota cómo estás, en unos clics.</translation>
    </message>
</context>
<context>
    <name>JournalFields</name>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>What set it off?</source>
        <translation>¿Qué lo desencadenó?</translation>
    </message>
    <message>
        <source>Whatever seemed to start this feeling, if you know. Optional.</source>
        <translation>Lo que pareció desencadenar este sentimiento, si lo sabes. Opcional.</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Lo que probé</translation>
    </message>
    <message>
        <source>Anything you did to get through it, big or small. Optional.</source>
        <translation>Lo que hiciste para pasarlo, grande o pequeño. Opcional.</translation>
    </message>
    <message>
        <source>What helped, even a little</source>
        <translation>Lo que ayudó, aunque fuera un poco</translation>
    </message>
    <message>
        <source>Anything that eased it, even for a moment. Optional.</source>
        <translation>Lo que lo alivió, aunque fuera un momento. Opcional.</translation>
    </message>
    <message>
        <source>Which part of me is loud right now</source>
        <translation>Qué parte de mí se hace oír ahora mismo</translation>
    </message>
    <message>
        <source>Pick a part of you from your list, or type your own name for it. Optional.</source>
        <translation>Elige una parte de ti de tu lista, o escribe tu propio nombre para ella. Opcional.</translation>
    </message>
    <message>
        <source>Parts of me</source>
        <translation>Partes de mí</translation>
    </message>
    <message>
        <source>Choose the part of you that feels loud right now.</source>
        <translation>Elige la parte de ti que se hace oír ahora mismo.</translation>
    </message>
    <message>
        <source>pick one, or give it your own name</source>
        <translation>elige una, o ponle tu propio nombre</translation>
    </message>
</context>
<context>
    <name>JournalWindow</name>
    <message>
        <source>Your words were set aside.</source>
        <translation>Tus palabras quedaron apartadas.</translation>
    </message>
    <message>
        <source>Bring back the words you were writing</source>
        <translation>Recuperar las palabras que estabas escribiendo</translation>
    </message>
    <message>
        <source>What you noted, day by day.</source>
        <translation>Lo que anotaste, día a día.</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Search your entries</source>
        <translation>Buscar en tus entradas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Shows only the entries with these words in them.</source>
        <translation>Muestra solo las entradas que contienen estas palabras.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Empties the search, so every entry shows again.</source>
        <translation>Vacía la búsqueda, para que vuelvan a verse todas las entradas.</translation>
    </message>
    <message>
        <source>Entries by day</source>
        <translation>Entradas por día</translation>
    </message>
    <message>
        <source>What you have logged, newest first; press Enter on one to read or change it.</source>
        <translation>Lo que has anotado, de lo más reciente a lo más antiguo; pulsa Intro en una entrada para leerla o cambiarla.</translation>
    </message>
    <message>
        <source>Read or change</source>
        <translation>Leer o cambiar</translation>
    </message>
    <message>
        <source>Opens the chosen entry, to read it again or change it.</source>
        <translation>Abre la entrada elegida, para volver a leerla o cambiarla.</translation>
    </message>
    <message>
        <source>Asks first, then removes the chosen entry.</source>
        <translation>Primero te pregunta y luego borra la entrada elegida.</translation>
    </message>
    <message>
        <source>Nothing here yet.

What you save in the quick log (a click on the tray icon) shows up here, by day.</source>
        <translation>Aún no hay nada.

Lo que guardes en el registro rápido (un clic en el icono de la bandeja) aparecerá aquí, por días.</translation>
    </message>
    <message>
        <source>Nothing matches “{text}”.</source>
        <translation>Nada coincide con «{text}».</translation>
    </message>
    <message>
        <source>Looking back through {month}…</source>
        <translation>Buscando en {month}…</translation>
    </message>
    <message numerus="yes">
        <source>%n entries found so far; scroll for more.</source>
        <translation>
            <numerusform>%n entrada encontrada hasta ahora; baja para ver más.</numerusform>
            <numerusform>%n entradas encontradas hasta ahora; baja para ver más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries found.</source>
        <translation>
            <numerusform>%n entrada encontrada.</numerusform>
            <numerusform>%n entradas encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the entry you wrote today at {time}?</source>
        <translation>¿Quitar la entrada que escribiste hoy a las {time}?</translation>
    </message>
    <message>
        <source>Remove the entry you wrote yesterday at {time}?</source>
        <translation>¿Quitar la entrada que escribiste ayer a las {time}?</translation>
    </message>
    <message>
        <source>Remove the entry you wrote on {day} at {time}?</source>
        <translation>¿Quitar la entrada que escribiste el {day} a las {time}?</translation>
    </message>
    <message>
        <source>Remove the entry you wrote today at {time}?</source>
        <comment>the hour is one</comment>
        <translation>¿Quitar la entrada que escribiste hoy a la {time}?</translation>
    </message>
    <message>
        <source>Remove the entry you wrote yesterday at {time}?</source>
        <comment>the hour is one</comment>
        <translation>¿Quitar la entrada que escribiste ayer a la {time}?</translation>
    </message>
    <message>
        <source>Remove the entry you wrote on {day} at {time}?</source>
        <comment>the hour is one</comment>
        <translation>¿Quitar la entrada que escribiste el {day} a la {time}?</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>Se ha quitado la entrada.</translation>
    </message>
    <message>
        <source>Open the quick log</source>
        <translation>Abrir el registro rápido</translation>
    </message>
    <message>
        <source>Note how you are, in a few clicks.</source>
        <translation>Anota cómo estás, en unos clics.</translation>
    </message>
</context>
<context>
    <name>KeptWordsBar</name>
    <message>
        <source>Some words you were writing were kept by another version of Footholds and can&apos;t be shown in this one. They stay kept, not lost.</source>
        <translation>Algunas palabras que estabas escribiendo las guardó otra versión de Footholds y no se pueden mostrar en esta. Siguen guardadas, no se pierden.</translation>
    </message>
    <message>
        <source>The words you were writing are still here, not saved yet: their entry is no longer in Footholds.</source>
        <translation>Las palabras que estabas escribiendo siguen aquí, aún sin guardar: su entrada ya no está en Footholds.</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Abrirlas</translation>
    </message>
    <message>
        <source>Open the words you were writing</source>
        <translation>Abrir las palabras que estabas escribiendo</translation>
    </message>
    <message>
        <source>Opens them in an editor, to keep them as a new entry.</source>
        <translation>Las abre en un editor, para guardarlas como entrada nueva.</translation>
    </message>
    <message>
        <source>Let them go</source>
        <translation>Descartarlas</translation>
    </message>
    <message>
        <source>Let go of the words kept by another version</source>
        <translation>Descartar las palabras guardadas por otra versión</translation>
    </message>
    <message>
        <source>Asks first, then lets them go for good.</source>
        <translation>Pregunta antes y luego las descarta para siempre.</translation>
    </message>
    <message>
        <source>Let these words go?</source>
        <translation>¿Descartar estas palabras?</translation>
    </message>
    <message>
        <source>This version of Footholds can&apos;t show them. Once let go, they can&apos;t be brought back, by this version or any other.</source>
        <translation>Esta versión de Footholds no puede mostrarlas. Una vez descartadas, no se pueden recuperar, ni en esta versión ni en ninguna otra.</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Hide them</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>See them</source>
        <translation>Ver</translation>
    </message>
    <message>
        <source>Hide the kept words</source>
        <translation>Ocultar las palabras guardadas</translation>
    </message>
    <message>
        <source>See the kept words</source>
        <translation>Ver las palabras guardadas</translation>
    </message>
    <message>
        <source>Shows the words as they were kept, to read or copy.</source>
        <translation>Muestra las palabras tal como se guardaron, para leerlas o copiarlas.</translation>
    </message>
    <message>
        <source>Copy them</source>
        <translation>Copiarlas</translation>
    </message>
    <message>
        <source>Puts them on the clipboard, to paste wherever you like.</source>
        <translation>Las pone en el portapapeles, para pegarlas donde quieras.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiadas</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language Footholds speaks. You can change it later in Settings.</source>
        <translation>El idioma en que te habla Footholds. Puedes cambiarlo más adelante en Ajustes.</translation>
    </message>
</context>
<context>
    <name>LockPart</name>
    <message>
        <source>Footholds is importing a file in another window just now. Please try again once the import is done; nothing was changed.</source>
        <translation>Footholds está importando un archivo en otra ventana ahora mismo. Vuelve a intentarlo cuando termine la importación; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The lock needs one more part installed first: pip install &quot;footholds[lock]&quot;. Then restart Footholds.</source>
        <translation>El bloqueo necesita instalar antes una pieza más: pip install &quot;footholds[lock]&quot;. Después reinicia Footholds.</translation>
    </message>
    <message>
        <source>The lock now</source>
        <translation>El bloqueo ahora</translation>
    </message>
    <message>
        <source>Turn the lock on…</source>
        <translation>Activar el bloqueo…</translation>
    </message>
    <message>
        <source>Asks for a passphrase twice, encrypts your entries and backups.</source>
        <translation>Pide una frase de contraseña dos veces y cifra tus entradas y copias de seguridad.</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Closes the windows with your words; quick log still saves.</source>
        <translation>Cierra las ventanas con tus palabras; el registro rápido sigue guardando.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then a new one twice.</source>
        <translation>Pide tu frase de contraseña y luego una nueva dos veces.</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Crear una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then shows a new key; the one you have stops working.</source>
        <translation>Pide tu frase de contraseña y luego muestra una clave nueva; la que tienes deja de funcionar.</translation>
    </message>
    <message>
        <source>Turn the lock off…</source>
        <translation>Desactivar el bloqueo…</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then keeps your entries without encryption.</source>
        <translation>Pide tu frase de contraseña y luego guarda tus entradas sin cifrar.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>The lock is on. What you write is encrypted on this computer and in your backups. The choice below decides if your safety plan, numbers and people stay readable. Quick log still saves while locked.</source>
        <translation>El bloqueo está activado. Lo que escribes está cifrado en este equipo y en tus copias de seguridad. La opción de abajo decide si tu plan de seguridad, tus números y tus personas de confianza siguen legibles. El registro rápido sigue guardando mientras está bloqueado.</translation>
    </message>
    <message>
        <source>Choose a passphrase of at least 8 characters; a few words you will remember work well. Next you get a recovery key to write down.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres; unas pocas palabras que vayas a recordar funcionan bien. Después recibirás una clave de recuperación para anotar.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Turn the lock on</source>
        <translation>Activar el bloqueo</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least 8 characters.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Please choose a passphrase with words in it, not only spaces.</source>
        <translation>Elige una frase de contraseña con palabras, no solo espacios.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type your passphrase again in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden. Vuelve a escribir tu frase de contraseña en los dos campos.</translation>
    </message>
    <message>
        <source>Setting up the lock…</source>
        <translation>Preparando el bloqueo…</translation>
    </message>
    <message>
        <source>Changing the passphrase…</source>
        <translation>Cambiando la frase de contraseña…</translation>
    </message>
    <message>
        <source>Turning the lock off…</source>
        <translation>Desactivando el bloqueo…</translation>
    </message>
    <message>
        <source>The lock could not be turned on: {reason}. Nothing was changed.</source>
        <translation>No se pudo activar el bloqueo: {reason}. No se cambió nada.</translation>
    </message>
    <message>
        <source>The lock is off. With it on, what you write is encrypted on this computer and in your backups, and opens only with your passphrase. Get help now and the crisis lines never need the passphrase.</source>
        <translation>El bloqueo está desactivado. Con él activado, lo que escribes está cifrado en este equipo y en tus copias de seguridad, y solo se abre con tu frase de contraseña. Ayuda ahora y las líneas de crisis nunca necesitan la frase de contraseña.</translation>
    </message>
    <message>
        <source>Your passphrase now</source>
        <translation>Tu frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>The same new passphrase again</source>
        <translation>La misma frase nueva otra vez</translation>
    </message>
    <message>
        <source>Your recovery key stays the same.</source>
        <translation>Tu clave de recuperación sigue siendo la misma.</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>The two new passphrases differ. Please type the new one again in both of its fields.</source>
        <translation>Las dos frases nuevas no coinciden. Vuelve a escribir la nueva en sus dos campos.</translation>
    </message>
    <message>
        <source>That is not your passphrase now. Nothing was changed; please try again.</source>
        <translation>Esa no es tu frase de contraseña actual. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved: {reason}</source>
        <translation>No se pudo guardar la nueva frase de contraseña: {reason}</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Tu frase de contraseña está cambiada.</translation>
    </message>
    <message>
        <source>Type your passphrase. You then get a new recovery key to write down, and the one you have now stops working.</source>
        <translation>Escribe tu frase de contraseña. Después recibirás una nueva clave de recuperación para anotar, y la que tienes ahora dejará de funcionar.</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Crear una clave nueva</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Creando una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>The new recovery key could not be saved: {reason}. Your old one still works.</source>
        <translation>No se pudo guardar la nueva clave de recuperación: {reason}. La anterior sigue funcionando.</translation>
    </message>
    <message>
        <source>Your entries and backups will be kept without encryption on this computer again. Type your passphrase to turn the lock off.</source>
        <translation>Tus entradas y copias de seguridad volverán a guardarse sin cifrar en este equipo. Escribe tu frase de contraseña para desactivar el bloqueo.</translation>
    </message>
    <message>
        <source>Turn the lock off</source>
        <translation>Desactivar el bloqueo</translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>That passphrase does not open your entries. Nothing was changed; please try again.</source>
        <translation>Esa frase de contraseña no abre tus entradas. No se cambió nada; inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The lock could not be turned off: {reason}</source>
        <translation>No se pudo desactivar el bloqueo: {reason}</translation>
    </message>
    <message>
        <source>The lock is off. Your entries are kept without encryption.</source>
        <translation>El bloqueo está desactivado. Tus entradas se guardan sin cifrar.</translation>
    </message>
</context>
<context>
    <name>LockUndo</name>
    <message>
        <source>an entry from “Journal”</source>
        <translation>una entrada de «Diario»</translation>
    </message>
    <message>
        <source>something from “Proof list”</source>
        <translation>algo de «Lo que ya he superado»</translation>
    </message>
    <message>
        <source>an entry from “Thought log”</source>
        <translation>una entrada de «Registro de pensamientos»</translation>
    </message>
    <message>
        <source>a goal from “Today”</source>
        <translation>un objetivo de «Hoy»</translation>
    </message>
    <message>
        <source>one of your three from “Today”</source>
        <translation>una de tus tres cosas de «Hoy»</translation>
    </message>
    <message>
        <source>someone from “Reach out”</source>
        <translation>a alguien de «Contactar»</translation>
    </message>
    <message>
        <source>a message of your own from “Reach out”</source>
        <translation>un mensaje propio de «Contactar»</translation>
    </message>
    <message>
        <source>something</source>
        <translation>algo</translation>
    </message>
    <message>
        <source>Just before Footholds locked, you removed {what}: “{words}”. Would you like to undo that?</source>
        <translation>Justo antes de que Footholds se bloqueara, quitaste {what}: «{words}». ¿Quieres deshacer ese cambio?</translation>
    </message>
    <message>
        <source>Just before Footholds locked, you removed {what}. Would you like to undo that?</source>
        <translation>Justo antes de que Footholds se bloqueara, quitaste {what}. ¿Quieres deshacer ese cambio?</translation>
    </message>
    <message>
        <source>Just before the lock</source>
        <translation>Justo antes del bloqueo</translation>
    </message>
    <message>
        <source>Footholds couldn&apos;t lock when you asked. Just before, you removed {what}: “{words}”. Would you like to undo that?</source>
        <translation>Footholds no ha podido bloquearse cuando lo pediste. Justo antes, quitaste {what}: «{words}». ¿Quieres deshacer ese cambio?</translation>
    </message>
    <message>
        <source>Footholds couldn&apos;t lock when you asked. Just before, you removed {what}. Would you like to undo that?</source>
        <translation>Footholds no ha podido bloquearse cuando lo pediste. Justo antes, quitaste {what}. ¿Quieres deshacer ese cambio?</translation>
    </message>
    <message>
        <source>Footholds didn&apos;t lock</source>
        <translation>Footholds no se ha bloqueado</translation>
    </message>
    <message>
        <source>Let it go</source>
        <translation>Dejar como está</translation>
    </message>
    <message>
        <source>Bring back</source>
        <translation>Recuperar</translation>
    </message>
</context>
<context>
    <name>LogForm</name>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A few words, if you like…</source>
        <translation>Unas palabras, si quieres…</translation>
    </message>
    <message>
        <source>Anything you want to remember about this moment. Optional.</source>
        <translation>Lo que quieras recordar de este momento. Opcional.</translation>
    </message>
    <message>
        <source>&amp;More</source>
        <translation>&amp;Más</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Add a feeling of your own</source>
        <translation>Añadir un sentimiento tuyo</translation>
    </message>
    <message>
        <source>Pick it if it fits how you feel; up to three at once.</source>
        <translation>Elígelo si encaja con cómo te sientes; hasta tres a la vez.</translation>
    </message>
    <message>
        <source>“{words}” is not added yet: up to three feelings can be picked at once. Unpick one, then press Enter again.</source>
        <translation>«{words}» aún no se ha añadido: puedes elegir hasta tres sentimientos a la vez. Desmarca uno y pulsa Intro otra vez.</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>Add a small win of your own</source>
        <translation>Añadir un pequeño logro tuyo</translation>
    </message>
    <message>
        <source>Pick it to count it as a small win.</source>
        <translation>Elígelo para contarlo como un pequeño logro.</translation>
    </message>
    <message>
        <source>More: the between-sessions journal</source>
        <translation>Más: el diario entre sesiones</translation>
    </message>
    <message>
        <source>Shows or hides a few more questions: what set it off, what you tried, what helped.</source>
        <translation>Muestra u oculta unas preguntas más: qué lo desencadenó, qué probaste, qué te ayudó.</translation>
    </message>
    <message>
        <source>How it feels (up to three)</source>
        <translation>Cómo te sientes (hasta tres)</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Not saved yet: up to three feelings can be picked at once, and “{words}” would be a fourth. Unpick one to keep it too, or clear it from its field.</source>
        <translation>Aún no se ha guardado: puedes elegir hasta tres sentimientos a la vez, y «{words}» sería el cuarto. Desmarca uno para guardarlo también, o bórralo de su campo.</translation>
    </message>
    <message>
        <source>Added to your list. Up to three can be picked at once.</source>
        <translation>Añadido a tu lista. Puedes elegir hasta tres a la vez.</translation>
    </message>
</context>
<context>
    <name>LyingMovement</name>
    <message>
        <source>Done. Your small win is noted.</source>
        <translation>Hecho. Tu pequeño logro está anotado.</translation>
    </message>
    <message>
        <source>A movement you can do lying down</source>
        <translation>Un movimiento que puedes hacer sin levantarte</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Show another movement</source>
        <translation>Mostrar otro movimiento</translation>
    </message>
    <message>
        <source>Suggests a different gentle movement you can do lying down.</source>
        <translation>Propone otro movimiento suave que puedes hacer sin levantarte.</translation>
    </message>
    <message>
        <source>I did it</source>
        <translation>Lo he hecho</translation>
    </message>
    <message>
        <source>I did this movement; note it as a small win</source>
        <translation>He hecho este movimiento; anotarlo como un pequeño logro</translation>
    </message>
    <message>
        <source>Adds this movement to today&apos;s small wins in your journal.</source>
        <translation>Añade este movimiento a los pequeños logros de hoy en tu diario.</translation>
    </message>
    <message>
        <source>Wiggle your fingers and toes.</source>
        <translation>Mueve los dedos de las manos y de los pies.</translation>
    </message>
</context>
<context>
    <name>MedicationReminder</name>
    <message>
        <source>Your morning reminder</source>
        <translation>Tu recordatorio de la mañana</translation>
    </message>
    <message>
        <source>Your afternoon reminder</source>
        <translation>Tu recordatorio de la tarde</translation>
    </message>
    <message>
        <source>Your evening reminder</source>
        <translation>Tu recordatorio de la noche</translation>
    </message>
    <message>
        <source>Your night-time reminder</source>
        <translation>Tu recordatorio de antes de dormir</translation>
    </message>
    <message>
        <source>A reminder you set</source>
        <translation>Un recordatorio que pusiste</translation>
    </message>
</context>
<context>
    <name>MedicationWindow</name>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
    <message>
        <source>A note for you and your therapist, kept only on this computer. Reminders never show these names: they say “your evening reminder”.</source>
        <translation>Una nota para ti y tu terapeuta, guardada solo en este equipo. Los recordatorios nunca muestran estos nombres: dicen «tu recordatorio de la noche».</translation>
    </message>
    <message>
        <source>Your medicines</source>
        <translation>Tus medicamentos</translation>
    </message>
    <message>
        <source>Add a medicine below if you would like it in your summary.</source>
        <translation>Añade un medicamento aquí abajo si quieres que aparezca en tu resumen.</translation>
    </message>
    <message>
        <source>Name of the medicine</source>
        <translation>Nombre del medicamento</translation>
    </message>
    <message>
        <source>Dose, as you would write it</source>
        <translation>Dosis, como tú la escribirías</translation>
    </message>
    <message>
        <source>such as 50 mg in the morning</source>
        <translation>por ejemplo, 50 mg por la mañana</translation>
    </message>
    <message>
        <source>Add medicine</source>
        <translation>Añadir medicamento</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Day the dose changed</source>
        <translation>Día en que cambió la dosis</translation>
    </message>
    <message>
        <source>The new dose</source>
        <translation>La nueva dosis</translation>
    </message>
    <message>
        <source>A note about the change (optional)</source>
        <translation>Una nota sobre el cambio (opcional)</translation>
    </message>
    <message>
        <source>Note a dose change</source>
        <translation>Anotar un cambio de dosis</translation>
    </message>
    <message>
        <source>Remove this medicine</source>
        <translation>Quitar este medicamento</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Nueva dosis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>For the one chosen above</source>
        <translation>Para el elegido arriba</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Añadir un medicamento</translation>
    </message>
    <message>
        <source>from {day}: {dose}</source>
        <translation>desde el {day}: {dose}</translation>
    </message>
    <message>
        <source>Write the medicine&apos;s name first.</source>
        <translation>Escribe primero el nombre del medicamento.</translation>
    </message>
    <message>
        <source>Added.</source>
        <translation>Añadido.</translation>
    </message>
    <message>
        <source>Write the new dose first.</source>
        <translation>Escribe primero la nueva dosis.</translation>
    </message>
    <message>
        <source>Dose change noted.</source>
        <translation>Cambio de dosis anotado.</translation>
    </message>
    <message>
        <source>{name} is no longer on your list, so this dose change can&apos;t be noted. Your words are still here; Undo brings {name} back with them.</source>
        <translation>{name} ya no está en tu lista, así que este cambio de dosis no se puede anotar. Tus palabras siguen aquí; Deshacer trae de vuelta {name} con ellas.</translation>
    </message>
    <message>
        <source>{name} is no longer on your list, so this dose change can&apos;t be noted. Your words stay in view until you let them go.</source>
        <translation>{name} ya no está en tu lista, así que este cambio de dosis no se puede anotar. Tus palabras siguen a la vista hasta que las descartes.</translation>
    </message>
    <message>
        <source>Let these words go</source>
        <translation>Descartar estas palabras</translation>
    </message>
    <message>
        <source>Clears the dose change typed for the medicine removed.</source>
        <translation>Borra el cambio de dosis escrito para el medicamento quitado.</translation>
    </message>
    <message>
        <source>Copy the dose change words</source>
        <translation>Copiar las palabras del cambio de dosis</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se quitó {name}.</translation>
    </message>
    <message>
        <source>Each medicine with its dose and any dose changes. Choose one to change it.</source>
        <translation>Cada medicamento con su dosis y sus cambios de dosis. Elige uno para cambiarlo.</translation>
    </message>
    <message>
        <source>As you would like to see it.</source>
        <translation>Como quieras verlo.</translation>
    </message>
    <message>
        <source>Optional, such as 50 mg in the morning.</source>
        <translation>Opcional, por ejemplo 50 mg por la mañana.</translation>
    </message>
    <message>
        <source>Adds it to your list.</source>
        <translation>Lo añade a tu lista.</translation>
    </message>
    <message>
        <source>The first day of the new dose.</source>
        <translation>El primer día de la nueva dosis.</translation>
    </message>
    <message>
        <source>As you would write it.</source>
        <translation>Como tú lo escribirías.</translation>
    </message>
    <message>
        <source>Anything worth remembering, such as who suggested it.</source>
        <translation>Lo que valga la pena recordar, como quién lo sugirió.</translation>
    </message>
    <message>
        <source>Adds the new dose, with its day, to the medicine chosen above.</source>
        <translation>Añade la nueva dosis, con su día, al medicamento elegido arriba.</translation>
    </message>
    <message>
        <source>Takes the chosen medicine off your list; you can undo it for a moment.</source>
        <translation>Quita el medicamento elegido de tu lista; puedes deshacerlo durante un momento.</translation>
    </message>
    <message>
        <source>Remove “{name}” from your medicines?</source>
        <translation>¿Quitar «{name}» de tus medicamentos?</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>MoodRow</name>
    <message>
        <source>From 1, very low, to 5, good.</source>
        <translation>Del 1, muy bajo, al 5, bueno.</translation>
    </message>
    <message>
        <source>From 1, {low}, to 5, {high}.</source>
        <translation>Del 1, {low}, al 5, {high}.</translation>
    </message>
    <message>
        <source>{label}: {level} of 5</source>
        <translation>{label}: {level} de 5</translation>
    </message>
</context>
<context>
    <name>NameIt</name>
    <message>
        <source>Thank you for naming it.</source>
        <translation>Gracias por ponerle nombre.</translation>
    </message>
    <message>
        <source>For example: heavy, and tired of being tired</source>
        <translation>Por ejemplo: todo me pesa, y me agota tanto cansancio</translation>
    </message>
    <message>
        <source>How it feels right now</source>
        <translation>Cómo te sientes ahora mismo</translation>
    </message>
    <message>
        <source>A few words for how it feels, without judging it. Enter keeps them.</source>
        <translation>Unas palabras sobre cómo te sientes, sin juzgarlo. Intro las guarda.</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Guardarlo</translation>
    </message>
    <message>
        <source>Save how it feels</source>
        <translation>Guardar cómo te sientes</translation>
    </message>
    <message>
        <source>Keeps these words in your journal, just as you wrote them.</source>
        <translation>Guarda estas palabras en tu diario, tal como las escribiste.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>What might help a little right now?</source>
        <translation>¿Qué podría ayudarte un poco ahora mismo?</translation>
    </message>
    <message>
        <source>Shows just this, with a way back.</source>
        <translation>Muestra solo esto, con una forma de volver.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Volver</translation>
    </message>
    <message>
        <source>Back to the choices</source>
        <translation>Volver a las opciones</translation>
    </message>
    <message>
        <source>Shows the other small things that might help.</source>
        <translation>Muestra las otras cosas pequeñas que podrían ayudar.</translation>
    </message>
</context>
<context>
    <name>OneAffirmation</name>
    <message>
        <source>An affirmation</source>
        <translation>Una afirmación</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show another affirmation</source>
        <translation>Mostrar otra afirmación</translation>
    </message>
    <message>
        <source>Swaps these words for different ones; your own come first.</source>
        <translation>Cambia estas palabras por otras; las tuyas salen primero.</translation>
    </message>
    <message>
        <source>This moment is hard, and it will pass.</source>
        <translation>Este momento es duro, y pasará.</translation>
    </message>
</context>
<context>
    <name>OpenFolder</name>
    <message>
        <source>No file manager opened it. Your data folder is {folder}</source>
        <translation>Ningún gestor de archivos la abrió. Tu carpeta de datos es {folder}</translation>
    </message>
</context>
<context>
    <name>OwnLines</name>
    <message>
        <source>Your own numbers are safe, only locked for now; they show here again once Footholds is unlocked.</source>
        <translation>Tus propios números están a salvo, solo bloqueados por ahora; vuelven a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Add numbers that matter to you: your doctor, your therapist, a friend.</source>
        <translation>Añade los números que te importan: tu médico, tu terapeuta, una amistad.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Name of the line or person</source>
        <translation>Nombre de la línea o de la persona</translation>
    </message>
    <message>
        <source>Who answers, as you would like to see it, such as My GP.</source>
        <translation>Quién contesta, con el nombre que quieras ver, como «Mi médico de cabecera».</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>The number to call or text, written any way you like.</source>
        <translation>El número al que llamar o escribir, anotado como prefieras.</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Nota (opcional)</translation>
    </message>
    <message>
        <source>A note, such as opening hours</source>
        <translation>Una nota, como el horario</translation>
    </message>
    <message>
        <source>Anything that helps when you reach for it, like when they answer. Optional.</source>
        <translation>Lo que te sirva cuando lo necesites, como el horario en que atienden. Opcional.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this number</source>
        <translation>Añadir este número</translation>
    </message>
    <message>
        <source>Keeps this number here, beside the crisis lines; Enter does the same.</source>
        <translation>Guarda este número aquí, junto a las líneas de crisis; Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Takes this number off your list; you can undo it for a few seconds.</source>
        <translation>Quita este número de tu lista; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Removed {name}.</source>
        <translation>Se ha quitado {name}.</translation>
    </message>
    <message>
        <source>Remove {name} from your numbers?</source>
        <translation>¿Quitar {name} de tus números?</translation>
    </message>
</context>
<context>
    <name>OwnReminderDialog</name>
    <message>
        <source>Add your own reminder</source>
        <translation>Añadir tu propio recordatorio</translation>
    </message>
    <message>
        <source>Write it the way you would say it to yourself. It will turn up among the other ideas, and a little more often.</source>
        <translation>Escríbelo como te lo dirías a ti. Aparecerá entre las demás ideas, y un poco más a menudo.</translation>
    </message>
    <message>
        <source>Kind of reminder</source>
        <translation>Tipo de recordatorio</translation>
    </message>
    <message>
        <source>Which reminders your idea comes up among.</source>
        <translation>Entre qué recordatorios aparecerá tu idea.</translation>
    </message>
    <message>
        <source>Kinds of reminder</source>
        <translation>Tipos de recordatorio</translation>
    </message>
    <message>
        <source>Choose the one your idea belongs to.</source>
        <translation>Elige el tipo al que pertenece tu idea.</translation>
    </message>
    <message>
        <source>A movement</source>
        <translation>Un movimiento</translation>
    </message>
    <message>
        <source>A rest</source>
        <translation>Un descanso</translation>
    </message>
    <message>
        <source>A wind-down idea</source>
        <translation>Una idea para desconectar</translation>
    </message>
    <message>
        <source>A food or water idea</source>
        <translation>Una idea para comer o beber agua</translation>
    </message>
    <message>
        <source>A reach-out idea</source>
        <translation>Una idea para contactar con alguien</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For example: stretch like a cat, slowly</source>
        <translation>Por ejemplo: estírate como un gato, despacio</translation>
    </message>
    <message>
        <source>Your reminder</source>
        <translation>Tu recordatorio</translation>
    </message>
    <message>
        <source>Your idea, the way you would say it to yourself.</source>
        <translation>Tu idea, como te la dirías a ti.</translation>
    </message>
    <message>
        <source>Your words</source>
        <translation>Tus palabras</translation>
    </message>
    <message>
        <source>Posture it fits</source>
        <translation>Postura en la que encaja</translation>
    </message>
    <message>
        <source>Whether this movement suits sitting, standing, lying down, or any of them.</source>
        <translation>Si este movimiento va bien en una silla, de pie, en la cama o el suelo, o en cualquier postura.</translation>
    </message>
    <message>
        <source>Postures</source>
        <translation>Posturas</translation>
    </message>
    <message>
        <source>Choose when this movement can be done.</source>
        <translation>Elige en qué postura se puede hacer este movimiento.</translation>
    </message>
    <message>
        <source>Any posture</source>
        <translation>Cualquier postura</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>En una silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>En la cama o el suelo</translation>
    </message>
    <message>
        <source>Fits</source>
        <translation>Encaja</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keeps your idea; it will come up a little more often than the others.</source>
        <translation>Guarda tu idea; saldrá un poco más a menudo que las demás.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this without adding anything; what you wrote is here next time.</source>
        <translation>Cierra esto sin añadir nada; lo que escribiste seguirá aquí la próxima vez.</translation>
    </message>
</context>
<context>
    <name>OwnRow</name>
    <message>
        <source>Copied the first number: {number}</source>
        <translation>Se ha copiado el primer número: {number}</translation>
    </message>
    <message>
        <source>Copied just the number: {number}</source>
        <translation>Se ha copiado solo el número: {number}</translation>
    </message>
</context>
<context>
    <name>OwnWords</name>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>What you type stays hidden; Footholds never keeps it as you typed it.</source>
        <translation>Lo que escribes queda oculto; Footholds nunca lo guarda tal como lo escribiste.</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Closes this; nothing changes.</source>
        <translation>Cierra esto; no cambia nada.</translation>
    </message>
</context>
<context>
    <name>PersonCard</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show all of the note and message</source>
        <translation>Mostrar la nota y el mensaje completos</translation>
    </message>
    <message>
        <source>Shows the whole note and ready message; Copy always copies all of it.</source>
        <translation>Muestra la nota y el mensaje preparado completos; «Copiar el mensaje» siempre lo copia entero.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show less of the note and message</source>
        <translation>Mostrar menos de la nota y el mensaje</translation>
    </message>
    <message>
        <source>Cuts the note and the ready message to their first lines again.</source>
        <translation>Vuelve a mostrar solo las primeras líneas de la nota y del mensaje preparado.</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Noted</source>
        <translation>Anotado</translation>
    </message>
    <message>
        <source>I reached out</source>
        <translation>He contactado</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Puts your ready message on the clipboard, ready to paste and send.</source>
        <translation>Copia tu mensaje preparado al portapapeles, listo para pegarlo y enviarlo.</translation>
    </message>
    <message>
        <source>Counts reaching out to them as a win in your journal.</source>
        <translation>Cuenta como un logro en tu diario haber contactado con esta persona.</translation>
    </message>
    <message>
        <source>Opens the form to change what is kept about them.</source>
        <translation>Abre el formulario para cambiar lo que tienes guardado de esta persona.</translation>
    </message>
    <message>
        <source>Takes them off your list after asking; you can undo it for a few seconds.</source>
        <translation>Quita a esta persona de tu lista tras preguntarte; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Best way to reach them: {how}</source>
        <translation>La mejor forma de contactar: {how}</translation>
    </message>
    <message>
        <source>Copy the message for {name}</source>
        <translation>Copiar el mensaje para {name}</translation>
    </message>
    <message>
        <source>I reached out to {name}</source>
        <translation>He contactado con {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar a {name}</translation>
    </message>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar a {name}</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <source>Clear them</source>
        <translation>Borrarlas</translation>
    </message>
    <message>
        <source>Clear the words brought back</source>
        <translation>Borrar las palabras recuperadas</translation>
    </message>
    <message>
        <source>Empties the form; you can undo it for a few seconds.</source>
        <translation>Vacía el formulario; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Their name or a nickname; this is all that&apos;s needed.</source>
        <translation>Su nombre o un apodo; no hace falta nada más.</translation>
    </message>
    <message>
        <source>For example: a text message, a call after six</source>
        <translation>Por ejemplo: un mensaje, una llamada después de las seis</translation>
    </message>
    <message>
        <source>How they like to be reached</source>
        <translation>Cómo prefiere que le contactes</translation>
    </message>
    <message>
        <source>A note</source>
        <translation>Una nota</translation>
    </message>
    <message>
        <source>Anything you want to remember about them. Optional.</source>
        <translation>Lo que quieras recordar de esta persona. Opcional.</translation>
    </message>
    <message>
        <source>A short message, ready to copy when energy is low</source>
        <translation>Un mensaje corto, listo para copiar cuando tengas poca energía</translation>
    </message>
    <message>
        <source>Ready message</source>
        <translation>Mensaje preparado</translation>
    </message>
    <message>
        <source>A short message to copy when energy is low. Optional.</source>
        <translation>Un mensaje corto para copiar cuando tengas poca energía. Opcional.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Keeps this person in your list; Ctrl+Enter does the same.</source>
        <translation>Guarda a esta persona en tu lista; Ctrl+Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>Closes the form without saving; words you wrote can be brought back for a few seconds.</source>
        <translation>Cierra el formulario sin guardar; lo que escribiste se puede recuperar durante unos segundos.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>A name (or a nickname) is all that&apos;s needed.</source>
        <translation>Basta con un nombre (o un apodo).</translation>
    </message>
</context>
<context>
    <name>PersonRow</name>
    <message>
        <source>A message for {name}</source>
        <translation>Un mensaje para {name}</translation>
    </message>
    <message>
        <source>Copy message</source>
        <translation>Copiar el mensaje</translation>
    </message>
    <message>
        <source>Copy the message for {name}</source>
        <translation>Copiar el mensaje para {name}</translation>
    </message>
    <message>
        <source>Puts this message on the clipboard, ready to paste and send.</source>
        <translation>Copia este mensaje al portapapeles, listo para pegarlo y enviarlo.</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Show another message for {name}</source>
        <translation>Mostrar otro mensaje para {name}</translation>
    </message>
    <message>
        <source>Swaps in a different ready message, if this one doesn&apos;t fit.</source>
        <translation>Pone otro mensaje preparado, si este no encaja.</translation>
    </message>
    <message>
        <source>Copied. Paste it wherever you talk to them.</source>
        <translation>Copiado. Pégalo donde sueles hablar con esa persona.</translation>
    </message>
</context>
<context>
    <name>PlanActivityWindow</name>
    <message>
        <source>Plan something small</source>
        <translation>Planear algo pequeño</translation>
    </message>
    <message>
        <source>One small thing for later today or tomorrow. If it doesn&apos;t happen, that&apos;s fine: it simply goes away at the end of the day.</source>
        <translation>Una cosa pequeña para más tarde o para mañana. Si no sucede, no pasa nada: simplemente desaparece al terminar el día.</translation>
    </message>
    <message>
        <source>Things to choose from</source>
        <translation>Cosas para elegir</translation>
    </message>
    <message>
        <source>Your own first in each kind, then a few ideas. Pick one.</source>
        <translation>Primero las tuyas en cada tipo, luego algunas ideas. Elige una.</translation>
    </message>
    <message>
        <source>Or write your own</source>
        <translation>O escribe la tuya</translation>
    </message>
    <message>
        <source>Something of your own</source>
        <translation>Algo tuyo</translation>
    </message>
    <message>
        <source>Written here, it is kept in your list for next time.</source>
        <translation>Si lo escribes aquí, se guarda en tu lista para la próxima vez.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Which kind your own idea is.</source>
        <translation>De qué tipo es tu idea.</translation>
    </message>
    <message>
        <source>Later today</source>
        <translation>Más tarde hoy</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Mañana</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Later today, or tomorrow.</source>
        <translation>Más tarde hoy, o mañana.</translation>
    </message>
    <message>
        <source>At a time</source>
        <translation>A una hora</translation>
    </message>
    <message>
        <source>Tick to choose a time; otherwise any time that day.</source>
        <translation>Márcalo para elegir una hora; si no, a cualquier hora de ese día.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Roughly when you would like to do it.</source>
        <translation>Más o menos cuándo te gustaría hacerlo.</translation>
    </message>
    <message>
        <source>Without a time, it waits in Today for whenever suits you.</source>
        <translation>Sin hora, te espera en Hoy para cuando te venga bien.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planearlo</translation>
    </message>
    <message>
        <source>Remove from my list</source>
        <translation>Quitar de mi lista</translation>
    </message>
    <message>
        <source>Remove this one from your list</source>
        <translation>Quitar esta de tu lista</translation>
    </message>
    <message>
        <source>Takes your own idea off the list; you can undo it for a few seconds.</source>
        <translation>Quita tu propia idea de la lista; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Removed from your list.</source>
        <translation>Se quitó de tu lista.</translation>
    </message>
    <message>
        <source>Change the words…</source>
        <translation>Cambiar las palabras…</translation>
    </message>
    <message>
        <source>Change the words of this one</source>
        <translation>Cambiar las palabras de esta</translation>
    </message>
    <message>
        <source>Opens its words in a field under the list, to write them again; F2 too.</source>
        <translation>Abre sus palabras en un campo bajo la lista, para escribirlas de nuevo; también con F2.</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>Changed in your list.</source>
        <translation>Se cambió en tu lista.</translation>
    </message>
    <message>
        <source>Put the old words back</source>
        <translation>Volver a las palabras de antes</translation>
    </message>
    <message>
        <source>Puts it in Today for the day you chose.</source>
        <translation>Lo pone en Hoy para el día que elegiste.</translation>
    </message>
    <message>
        <source>Planned for tomorrow at {time}: {what}. It will be in Today then.</source>
        <translation>Planeado para mañana a las {time}: {what}. Mañana lo verás en Hoy.</translation>
    </message>
    <message>
        <source>Planned for tomorrow: {what}. It will be in Today then.</source>
        <translation>Planeado para mañana: {what}. Mañana lo verás en Hoy.</translation>
    </message>
    <message>
        <source>Planned for today at {time}: {what}. You&apos;ll find it in Today.</source>
        <translation>Planeado para hoy a las {time}: {what}. Lo encontrarás en Hoy.</translation>
    </message>
    <message>
        <source>Planned for later today: {what}. You&apos;ll find it in Today.</source>
        <translation>Planeado para hoy, más tarde: {what}. Lo encontrarás en Hoy.</translation>
    </message>
    <message>
        <source>Planned for tomorrow: {what}.</source>
        <translation>Planeado para mañana: {what}.</translation>
    </message>
    <message>
        <source>Planned for later today: {what}.</source>
        <translation>Planeado para hoy, más tarde: {what}.</translation>
    </message>
    <message>
        <source>Pick one from the list, or write your own.</source>
        <translation>Elige una de la lista, o escribe la tuya.</translation>
    </message>
    <message>
        <source>Enjoyment</source>
        <translation>Disfrute</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Lo que me importa</translation>
    </message>
    <message>
        <source>A gentle nudge at that time</source>
        <translation>Un aviso suave a esa hora</translation>
    </message>
    <message>
        <source>It comes gently at that time, even in quiet hours. A pause holds it back.</source>
        <translation>Llega con suavidad a esa hora, incluso en las horas tranquilas. Una pausa lo retiene.</translation>
    </message>
    <message>
        <source>That time has passed today, so the nudge comes right away.</source>
        <translation>Esa hora ya ha pasado hoy, así que el aviso llega enseguida.</translation>
    </message>
    <message>
        <source>That time has passed today.</source>
        <translation>Esa hora ya ha pasado hoy.</translation>
    </message>
</context>
<context>
    <name>PlanOutput</name>
    <message>
        <source>safety-plan</source>
        <comment>a file name</comment>
        <translation>plan-de-seguridad</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copiar como texto</translation>
    </message>
    <message>
        <source>Copy my safety plan as plain text</source>
        <translation>Copiar mi plan de seguridad como texto</translation>
    </message>
    <message>
        <source>Puts the plan on the clipboard, to paste into a message or a note.</source>
        <translation>Pone el plan en el portapapeles, para pegarlo en un mensaje o una nota.</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save my safety plan as a file</source>
        <translation>Guardar mi plan de seguridad en un archivo</translation>
    </message>
    <message>
        <source>As a PDF, a web page or plain text; asks where to keep it.</source>
        <translation>Como PDF, página web o texto sencillo; te pregunta dónde guardarlo.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print my safety plan</source>
        <translation>Imprimir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Opens the print dialog, so you can keep a copy on paper.</source>
        <translation>Abre el diálogo de impresión, para que tengas una copia en papel.</translation>
    </message>
    <message>
        <source>Anything you write here can then be copied, saved or printed.</source>
        <translation>Lo que escribas aquí se podrá copiar, guardar o imprimir.</translation>
    </message>
    <message>
        <source>Copied. You can paste it into a message or a note.</source>
        <translation>Copiado. Puedes pegarlo en un mensaje o una nota.</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>Plain text (*.md)</source>
        <translation>Texto sencillo (*.md)</translation>
    </message>
    <message>
        <source>Save my safety plan</source>
        <translation>Guardar mi plan de seguridad</translation>
    </message>
    <message>
        <source>That file could not be written ({reason}). Your plan is safe here.</source>
        <translation>No se pudo escribir ese archivo ({reason}). Tu plan sigue a salvo aquí.</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show less of {part}</source>
        <translation>Mostrar menos: {part}</translation>
    </message>
    <message>
        <source>Shows only the start of this part of your plan again.</source>
        <translation>Vuelve a mostrar solo el principio de esta parte de tu plan.</translation>
    </message>
    <message>
        <source>Show all of {part}</source>
        <translation>Mostrar completo: {part}</translation>
    </message>
    <message>
        <source>Shows the whole of this part of your plan here.</source>
        <translation>Muestra aquí completa esta parte de tu plan.</translation>
    </message>
</context>
<context>
    <name>PostureRow</name>
    <message>
        <source>Sitting</source>
        <translation>En una silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>En la cama o el suelo</translation>
    </message>
    <message>
        <source>I am {feeling}</source>
        <translation>Estoy {feeling}</translation>
    </message>
    <message>
        <source>Swaps in a movement that suits how you are right now.</source>
        <translation>Cambia a un movimiento que encaje con tu postura de ahora.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Got it</source>
        <translation>Entendido</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Volver a intentarlo</translation>
    </message>
    <message>
        <source>Keep Footholds open</source>
        <translation>Mantener Footholds abierto</translation>
    </message>
    <message>
        <source>Quit anyway</source>
        <translation>Salir de todos modos</translation>
    </message>
</context>
<context>
    <name>ProofEditor</name>
    <message>
        <source>Ctrl+Enter saves · Enter new line</source>
        <translation>Ctrl+Intro guarda · Intro nueva línea</translation>
    </message>
    <message>
        <source>What did you get through? Small things count.</source>
        <translation>¿Qué superaste? Las cosas pequeñas cuentan.</translation>
    </message>
    <message>
        <source>What you got through</source>
        <translation>Lo que superaste</translation>
    </message>
    <message>
        <source>A few words about something you got through. Small things count.</source>
        <translation>Unas palabras sobre algo que superaste. Las cosas pequeñas cuentan.</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>The day it happened; today unless you change it.</source>
        <translation>El día en que pasó; hoy, salvo que lo cambies.</translation>
    </message>
    <message>
        <source>A proof is something you have already got through: choose today or a day before.</source>
        <translation>Una prueba es algo que ya has superado: elige hoy o un día anterior.</translation>
    </message>
    <message>
        <source>Optional, separated by commas</source>
        <translation>Opcional, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Words to find this entry by later, like work or family. Optional.</source>
        <translation>Palabras para encontrar esta entrada más adelante, como trabajo o familia. Opcional.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Guardar los cambios</translation>
    </message>
    <message>
        <source>Save this entry</source>
        <translation>Guardar esta entrada</translation>
    </message>
    <message>
        <source>Keeps this entry in your proof list; Ctrl+Enter does the same.</source>
        <translation>Guarda esta entrada en lo que ya has superado; Ctrl+Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>Cancel without saving</source>
        <translation>Cancelar sin guardar</translation>
    </message>
    <message>
        <source>Closes the editor and leaves your proof list as it was.</source>
        <translation>Cierra el editor y deja la lista de lo que ya has superado como estaba.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>That entry is no longer in your proof list (it may have been removed, or an older backup restored). Your words are still here: Keep as a new entry saves them.</source>
        <translation>Esa entrada ya no está en lo que ya has superado (puede que se haya quitado o que se haya recuperado una copia de seguridad más antigua). Tus palabras siguen aquí: Guardar como entrada nueva las guarda.</translation>
    </message>
    <message>
        <source>&amp;Keep as a new entry</source>
        <translation>&amp;Guardar como entrada nueva</translation>
    </message>
    <message>
        <source>Keep as a new entry</source>
        <translation>Guardar como entrada nueva</translation>
    </message>
    <message>
        <source>Saves these words as an entry of their own, with their day and tags.</source>
        <translation>Guarda estas palabras como una entrada propia, con su día y sus etiquetas.</translation>
    </message>
</context>
<context>
    <name>ProofHero</name>
    <message>
        <source>A time you got through</source>
        <translation>Una vez que saliste adelante</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show another time you got through</source>
        <translation>Mostrar otra vez que saliste adelante</translation>
    </message>
    <message>
        <source>Swaps this for a different entry from your proof list.</source>
        <translation>Cambia esta por otra de lo que ya has superado.</translation>
    </message>
    <message>
        <source>From your proof list</source>
        <translation>De lo que ya has superado</translation>
    </message>
    <message>
        <source>When you are ready, getting through today can be the first thing on it.</source>
        <translation>Cuando quieras, pasar el día de hoy puede ser lo primero que anotes.</translation>
    </message>
    <message>
        <source>Add to my proof list</source>
        <translation>Añadir a lo que ya he superado</translation>
    </message>
    <message>
        <source>Add an entry to your proof list</source>
        <translation>Añadir algo a lo que ya has superado</translation>
    </message>
    <message>
        <source>Opens your proof list, ready to write down a time you got through.</source>
        <translation>Abre lo que ya has superado, para que anotes una vez que saliste adelante.</translation>
    </message>
    <message>
        <source>Open my proof list</source>
        <translation>Abrir lo que ya he superado</translation>
    </message>
    <message>
        <source>Open your whole proof list</source>
        <translation>Abrir toda la lista de lo que ya has superado</translation>
    </message>
    <message>
        <source>Opens every time you got through, in a window of its own.</source>
        <translation>Abre todas las veces que saliste adelante, en su propia ventana.</translation>
    </message>
    <message>
        <source>Getting through today, however it goes, counts.</source>
        <translation>Pasar el día de hoy, como sea, cuenta.</translation>
    </message>
    <message>
        <source>Your proof list</source>
        <translation>Lo que ya has superado</translation>
    </message>
</context>
<context>
    <name>ProofListWindow</name>
    <message>
        <source>Your words were set aside.</source>
        <translation>Tus palabras quedaron apartadas.</translation>
    </message>
    <message>
        <source>Bring back the words you were writing</source>
        <translation>Recuperar las palabras que estabas escribiendo</translation>
    </message>
    <message>
        <source>Proof list</source>
        <translation>Lo que ya he superado</translation>
    </message>
    <message>
        <source>Times you got through a hard day. Each one is proof that you can get through again, even when it doesn&apos;t feel like it.</source>
        <translation>Veces en que superé un día difícil. Cada una muestra que puedo volver a hacerlo, aunque ahora no lo parezca.</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Search your proof list</source>
        <translation>Buscar en lo que ya has superado</translation>
    </message>
    <message>
        <source>Shows only the entries with these words in their text, tags or date.</source>
        <translation>Muestra solo las entradas con estas palabras en su texto, sus etiquetas o su fecha.</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Empties the search and shows every entry.</source>
        <translation>Vacía la búsqueda y muestra todas las entradas.</translation>
    </message>
    <message>
        <source>Show me one entry at random</source>
        <translation>Muéstrame una entrada al azar</translation>
    </message>
    <message>
        <source>Shows one time you got through in large words, in the place of the list.</source>
        <translation>Muestra en letra grande, en el lugar de la lista, una vez que saliste adelante.</translation>
    </message>
    <message>
        <source>Add a time you got through</source>
        <translation>Añadir una vez que saliste adelante</translation>
    </message>
    <message>
        <source>Opens a short form to write it down, dated today.</source>
        <translation>Abre un formulario corto para anotarla, con la fecha de hoy.</translation>
    </message>
    <message>
        <source>Your proof list</source>
        <translation>Lo que ya he superado</translation>
    </message>
    <message>
        <source>Show me &amp;one</source>
        <translation>&amp;Muéstrame una</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Times you got through, newest first. Enter opens the chosen one to change.</source>
        <translation>Veces que saliste adelante, de la más reciente a la más antigua. Intro abre la elegida para cambiarla.</translation>
    </message>
    <message>
        <source>Nothing matches that search.</source>
        <translation>Nada coincide con esa búsqueda.</translation>
    </message>
    <message>
        <source>Edit the chosen entry</source>
        <translation>Editar la entrada elegida</translation>
    </message>
    <message>
        <source>Opens the chosen entry so you can change its words, date or tags.</source>
        <translation>Abre la entrada elegida para que cambies sus palabras, su fecha o sus etiquetas.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen entry</source>
        <translation>Quitar la entrada elegida</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>Takes the chosen entry off your list; you can undo it for a few seconds.</source>
        <translation>Quita la entrada elegida de tu lista; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>(from a quick log)</source>
        <translation>(de un registro rápido)</translation>
    </message>
    <message>
        <source>(a finished goal)</source>
        <translation>(un objetivo terminado)</translation>
    </message>
    <message>
        <source>Write a few words first; anything you got through counts.</source>
        <translation>Escribe primero unas palabras; cualquier cosa que superaste cuenta.</translation>
    </message>
    <message>
        <source>Removed from your proof list.</source>
        <translation>Quitado de lo que ya has superado.</translation>
    </message>
    <message>
        <source>Remove “{words}” from your proof list?</source>
        <translation>¿Quitar «{words}» de lo que ya he superado?</translation>
    </message>
    <message>
        <source>Close without saving your words?</source>
        <translation>¿Cerrar sin guardar tus palabras?</translation>
    </message>
    <message>
        <source>Discard the words</source>
        <translation>Descartar las palabras</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Seguir editando</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Ver en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Ficheros de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QuestionnaireWindow</name>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>A questionnaire, if you want one</source>
        <translation>Un cuestionario, si quieres</translation>
    </message>
    <message>
        <source>Standard questions many therapists use between sessions. Fill one in whenever you like. Every answer may be left empty, and nothing is sent anywhere.</source>
        <translation>Preguntas estándar que muchos terapeutas usan entre sesiones. Rellena uno cuando quieras. Puedes dejar cualquier respuesta vacía, y nada se envía a ningún sitio.</translation>
    </message>
    <message>
        <source>These questionnaires are shown in English only: no validated translation is included, and their wording must stay exactly as published.</source>
        <translation>Estos cuestionarios se muestran solo en inglés: no se incluye una traducción validada, y su texto debe quedar exactamente como se publicó.</translation>
    </message>
    <message>
        <source>Mood (PHQ-9)</source>
        <translation>Estado de ánimo (PHQ-9)</translation>
    </message>
    <message>
        <source>Fill in the PHQ-9, about mood</source>
        <translation>Rellenar el PHQ-9, sobre el estado de ánimo</translation>
    </message>
    <message>
        <source>Worry and anxiety (GAD-7)</source>
        <translation>Preocupación y ansiedad (GAD-7)</translation>
    </message>
    <message>
        <source>Fill in the GAD-7, about worry and anxiety</source>
        <translation>Rellenar el GAD-7, sobre la preocupación y la ansiedad</translation>
    </message>
    <message>
        <source>The questions</source>
        <translation>Las preguntas</translation>
    </message>
    <message>
        <source>Save my answers</source>
        <translation>Guardar mis respuestas</translation>
    </message>
    <message>
        <source>Choose another</source>
        <translation>Elegir otro</translation>
    </message>
    <message>
        <source>Show my total</source>
        <translation>Ver mi total</translation>
    </message>
    <message>
        <source>Only if you want to see it: a number for the last two weeks.</source>
        <translation>Solo si quieres verlo: un número para las dos últimas semanas.</translation>
    </message>
    <message>
        <source>Thank you for answering that question. If thoughts like these are with you, you don&apos;t have to hold them alone. Your safety plan and people who can help right now are one click away.</source>
        <translation>Gracias por responder a esa pregunta. Si te acompañan pensamientos así, no tienes que cargarlos a solas. Tu plan de seguridad y personas que pueden ayudarte ahora mismo están a un clic.</translation>
    </message>
    <message>
        <source>Open my safety plan</source>
        <translation>Abrir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Fill in another</source>
        <translation>Rellenar otro</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick an answer, or close.</source>
        <translation>Todavía no hay nada que guardar. Elige una respuesta, o cierra.</translation>
    </message>
    <message>
        <source>Saved. Thank you for taking the time.</source>
        <translation>Guardado. Gracias por dedicarle este rato.</translation>
    </message>
    <message>
        <source>This one has no total: a total needs every question answered. Your answers are kept just as you gave them.</source>
        <translation>Este no tiene total: un total necesita todas las preguntas respondidas. Tus respuestas se guardan tal como las diste.</translation>
    </message>
    <message>
        <source>Your total is {total}, on a scale from 0 to {most}. It is a snapshot of how the last two weeks felt, not a diagnosis.</source>
        <translation>Tu total es {total}, en una escala de 0 a {most}. Es una instantánea de cómo fueron las dos últimas semanas, no un diagnóstico.</translation>
    </message>
    <message>
        <source>On the published scale, that is in the range called “{band}”.</source>
        <translation>En la escala publicada, está en el tramo llamado «{band}».</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínimo</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Nine questions about the last two weeks.</source>
        <translation>Nueve preguntas sobre las dos últimas semanas.</translation>
    </message>
    <message>
        <source>Seven questions about the last two weeks.</source>
        <translation>Siete preguntas sobre las dos últimas semanas.</translation>
    </message>
    <message>
        <source>Pick one answer for each question, or leave it empty.</source>
        <translation>Elige una respuesta para cada pregunta, o déjala vacía.</translation>
    </message>
    <message>
        <source>Keeps your answers on this computer.</source>
        <translation>Guarda tus respuestas en este equipo.</translation>
    </message>
    <message>
        <source>Go back to the two questionnaires.</source>
        <translation>Volver a los dos cuestionarios.</translation>
    </message>
    <message>
        <source>Your own steps for a hard moment, in your words.</source>
        <translation>Tus propios pasos para un momento difícil, con tus palabras.</translation>
    </message>
    <message>
        <source>Crisis lines and the emergency number for your region.</source>
        <translation>Líneas de crisis y el número de emergencias de tu región.</translation>
    </message>
    <message>
        <source>Close this window.</source>
        <translation>Cerrar esta ventana.</translation>
    </message>
</context>
<context>
    <name>QuickLogWindow</name>
    <message>
        <source>Thank you for checking in.</source>
        <translation>Gracias por dedicarte este momento.</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <source>How you are, in as few or as many words as you like; it scrolls if needed.</source>
        <translation>Cómo estás, con tantas o tan pocas palabras como quieras; se desplaza si hace falta.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Enter saves · Shift+Enter new line · Esc closes</source>
        <translation>Intro guarda · Mayús+Intro nueva línea · Esc cierra</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keeps what you picked and wrote in your journal; Enter does the same.</source>
        <translation>Guarda en tu diario lo que elegiste y escribiste; Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>&amp;Plan something</source>
        <translation>&amp;Planear algo</translation>
    </message>
    <message>
        <source>Keeps it as a time you got through, to look back on when days are hard.</source>
        <translation>Lo guarda como una vez que saliste adelante, para recordarlo en los días difíciles.</translation>
    </message>
    <message>
        <source>Nothing to save yet. Pick anything, or write a word.</source>
        <translation>Aún no hay nada que guardar. Elige o escribe algo.</translation>
    </message>
    <message>
        <source>Add this win to my proof list</source>
        <translation>Añadir este logro a lo que ya he superado</translation>
    </message>
    <message>
        <source>&amp;Add this win to my proof list</source>
        <translation>Aña&amp;dir este logro a lo que ya he superado</translation>
    </message>
    <message>
        <source>Add “{wins}” to my proof list</source>
        <translation>Añadir «{wins}» a lo que ya he superado</translation>
    </message>
    <message>
        <source>Saved. Thank you for checking in with yourself.</source>
        <translation>Guardado. Gracias por pararte a escucharte.</translation>
    </message>
    <message>
        <source>Added to your proof list.</source>
        <translation>Añadido a lo que ya has superado.</translation>
    </message>
    <message>
        <source>Plan something for later</source>
        <translation>Planear algo para más tarde</translation>
    </message>
    <message>
        <source>Opens a small window to choose one thing for later today or tomorrow.</source>
        <translation>Abre una ventana pequeña para elegir una cosa para más tarde o para mañana.</translation>
    </message>
    <message>
        <source>How are you right now?</source>
        <translation>¿Cómo estás ahora mismo?</translation>
    </message>
</context>
<context>
    <name>ReachOutWindow</name>
    <message>
        <source>These are words you set aside earlier. They are not saved yet.</source>
        <translation>Estas son palabras que apartaste antes. Aún no están guardadas.</translation>
    </message>
    <message>
        <source>Words you were writing earlier are still here, not saved yet.</source>
        <translation>Las palabras que estabas escribiendo antes siguen aquí, aún sin guardar.</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Abrirlas</translation>
    </message>
    <message>
        <source>Open the words you were writing earlier</source>
        <translation>Abrir las palabras que estabas escribiendo antes</translation>
    </message>
    <message>
        <source>Opens them in the form; words in it now stay kept.</source>
        <translation>Las abre en el formulario; lo que haya escrito en él ahora se conserva.</translation>
    </message>
    <message>
        <source>Your words were cleared.</source>
        <translation>Tus palabras se borraron.</translation>
    </message>
    <message>
        <source>Bring back the words you cleared</source>
        <translation>Recuperar las palabras que borraste</translation>
    </message>
    <message>
        <source>Your words were set aside.</source>
        <translation>Tus palabras quedaron apartadas.</translation>
    </message>
    <message>
        <source>Bring back the words you were writing</source>
        <translation>Recuperar las palabras que estabas escribiendo</translation>
    </message>
    <message>
        <source>Thank you for reaching out.</source>
        <translation>Gracias por dar el paso de contactar.</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <source>A small hello is enough. You don&apos;t have to explain how you are, and a short message counts just as much as a long talk.</source>
        <translation>Un pequeño hola basta. No tienes que explicar cómo estás, y un mensaje corto cuenta tanto como una larga charla.</translation>
    </message>
    <message>
        <source>I reached out to someone</source>
        <translation>He contactado con alguien</translation>
    </message>
    <message>
        <source>I reached out to someone: note it as a win</source>
        <translation>He contactado con alguien: anotarlo como un logro</translation>
    </message>
    <message>
        <source>Counts any small hello as a win in your journal.</source>
        <translation>Cuenta cualquier pequeño hola como un logro en tu diario.</translation>
    </message>
    <message>
        <source>Who could you send a small message to? A friend, someone in the family, a neighbour, a colleague. Writing their names down now makes it easier later.</source>
        <translation>¿A quién podrías enviar un mensajito? Una amistad, alguien de tu familia, un vecino, una compañera de trabajo. Apuntar sus nombres ahora lo pone más fácil después.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Add someone I trust</source>
        <translation>Añadir a alguien de confianza</translation>
    </message>
    <message>
        <source>Opens a short form for their name, how you reach them and a ready message.</source>
        <translation>Abre un formulario corto para su nombre, cómo contactar y un mensaje preparado.</translation>
    </message>
    <message>
        <source>Show other messages</source>
        <translation>Mostrar otros mensajes</translation>
    </message>
    <message>
        <source>Shows a few different ready messages.</source>
        <translation>Muestra otros mensajes preparados.</translation>
    </message>
    <message>
        <source>Write a message in your own words</source>
        <translation>Escribe un mensaje con tus palabras</translation>
    </message>
    <message>
        <source>My own ready message</source>
        <translation>Mi propio mensaje preparado</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add my own message</source>
        <translation>Añadir mi mensaje</translation>
    </message>
    <message>
        <source>Keeps your message here, at the top of the ready messages.</source>
        <translation>Guarda tu mensaje aquí, al principio de los mensajes preparados.</translation>
    </message>
    <message>
        <source>A gentle nudge once a week to reach out</source>
        <translation>Un aviso suave una vez por semana para contactar con alguien</translation>
    </message>
    <message>
        <source>A gentle weekly nudge to reach out</source>
        <translation>Un aviso suave cada semana para contactar con alguien</translation>
    </message>
    <message>
        <source>Once a week, a quiet reminder that someone might like to hear from you.</source>
        <translation>Una vez por semana, un recordatorio tranquilo de que a alguien le podría gustar saber de ti.</translation>
    </message>
    <message>
        <source>Day of the nudge</source>
        <translation>Día del aviso</translation>
    </message>
    <message>
        <source>The day of the week the nudge comes.</source>
        <translation>El día de la semana en que llega el aviso.</translation>
    </message>
    <message>
        <source>Days of the week</source>
        <translation>Días de la semana</translation>
    </message>
    <message>
        <source>Choose the day of the nudge.</source>
        <translation>Elige el día del aviso.</translation>
    </message>
    <message>
        <source>Time of the nudge</source>
        <translation>Hora del aviso</translation>
    </message>
    <message>
        <source>The time of day the nudge comes.</source>
        <translation>La hora a la que llega el aviso.</translation>
    </message>
    <message>
        <source>People I trust</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>Ready messages</source>
        <translation>Mensajes preparados</translation>
    </message>
    <message>
        <source>Copy one, change it if you like, send it.</source>
        <translation>Copia uno, cámbialo si quieres y envíalo.</translation>
    </message>
    <message>
        <source>On</source>
        <translation>El</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>The people you trust, ready messages and the weekly nudge.</source>
        <translation>Tus personas de confianza, los mensajes preparados y el aviso semanal.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy: {text}</source>
        <translation>Copiar: {text}</translation>
    </message>
    <message>
        <source>Puts this message on the clipboard, ready to paste wherever you talk to them.</source>
        <translation>Copia este mensaje al portapapeles, listo para pegarlo donde sueles hablar con esa persona.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove my message: {text}</source>
        <translation>Quitar mi mensaje: {text}</translation>
    </message>
    <message>
        <source>Takes your message off the list; you can undo it for a few seconds.</source>
        <translation>Quita tu mensaje de la lista; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Copied. Paste it wherever you talk to them.</source>
        <translation>Copiado. Pégalo donde sueles hablar con esa persona.</translation>
    </message>
    <message>
        <source>Reached out to {name}</source>
        <translation>Has contactado con {name}</translation>
    </message>
    <message>
        <source>Remove {name} from your people?</source>
        <translation>¿Quitar a {name} de tus personas?</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>Se ha quitado a {name}.</translation>
    </message>
    <message>
        <source>Remove your message “{text}”?</source>
        <translation>¿Quitar tu mensaje «{text}»?</translation>
    </message>
    <message>
        <source>Message removed.</source>
        <translation>Mensaje quitado.</translation>
    </message>
    <message>
        <source>The person they were for is no longer in your list: Save adds them as someone new.</source>
        <translation>La persona para la que eran ya no está en tu lista: Guardar la añade como alguien nuevo.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>The lock is on. Write these letters down, or print them, and keep them somewhere safe, away from this computer. They are shown only this once.</source>
        <translation>El bloqueo está activado. Anota estas letras, o imprímelas, y guárdalas en un lugar seguro, lejos de este equipo. Solo se muestran esta vez.</translation>
    </message>
    <message>
        <source>Your old recovery key no longer opens your entries; this new one does. Write these letters down, or print them, and keep them somewhere safe, away from this computer. They are shown only this once.</source>
        <translation>Tu clave de recuperación anterior ya no abre tus entradas; esta nueva sí. Anota estas letras, o imprímelas, y guárdalas en un lugar seguro, lejos de este equipo. Solo se muestran esta vez.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>If you forget your passphrase, this key lets you choose a new one. Your passphrase or this key, either one, opens your entries. If you lose both, nobody can open them, not even Footholds.</source>
        <translation>Si olvidas tu frase de contraseña, esta clave te permite elegir una nueva. Tu frase de contraseña o esta clave, cualquiera de las dos, abre tus entradas. Si pierdes las dos, nadie podrá abrirlas, ni siquiera Footholds.</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Ya la he anotado</translation>
    </message>
    <message>
        <source>Closes this; the key is not shown again.</source>
        <translation>Cierra esto; la clave no se vuelve a mostrar.</translation>
    </message>
    <message>
        <source>Have you kept your recovery key? Once this closes, it is not shown again.</source>
        <translation>¿Has guardado tu clave de recuperación? Cuando esto se cierre, no se volverá a mostrar.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it</source>
        <translation>Ya la he guardado</translation>
    </message>
    <message>
        <source>Keep it showing</source>
        <translation>Seguir mostrándola</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copiar la clave de recuperación</translation>
    </message>
    <message>
        <source>Puts the key on the clipboard, to paste where you keep it safe.</source>
        <translation>Pone la clave en el portapapeles, para pegarla donde la guardes a salvo.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimir la clave de recuperación</translation>
    </message>
    <message>
        <source>Opens the print dialog, so you can keep the key on paper.</source>
        <translation>Abre el diálogo de impresión, para que puedas guardar la clave en papel.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>Nothing was printed: the printer did not start, or those pages are not there. Copy the key, or write it down.</source>
        <translation>No se ha impreso nada: la impresora no arrancó, o esas páginas no existen. Copia la clave, o apúntala a mano.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
</context>
<context>
    <name>RegionChoice</name>
    <message>
        <source>The numbers below are still for {place} until you press “{use}”.</source>
        <translation>Hasta que pulses «{use}», los números de abajo siguen siendo los de este país: {place}.</translation>
    </message>
    <message>
        <source>The numbers above are still for {place} until you press “{use}”.</source>
        <translation>Hasta que pulses «{use}», los números de arriba siguen siendo los de este país: {place}.</translation>
    </message>
    <message>
        <source>Not chosen yet: the numbers for this country show once you press “{use}”.</source>
        <translation>Aún sin elegir: los números de este país aparecerán cuando pulses «{use}».</translation>
    </message>
    <message>
        <source>Which country are you in?</source>
        <translation>¿En qué país estás?</translation>
    </message>
    <message>
        <source>The directory below lists helplines by country. Whenever you know yours, you can choose it in this list.</source>
        <translation>El directorio de abajo reúne líneas de ayuda por país. Cuando sepas el tuyo, puedes elegirlo en esta lista.</translation>
    </message>
    <message>
        <source>The country could not be saved; the lines below are for it all the same.</source>
        <translation>No se pudo guardar el país; aun así, las líneas de abajo son las de ese país.</translation>
    </message>
    <message>
        <source>Which country are you in? Then the numbers here are ones you can call there.</source>
        <translation>¿En qué país estás? Así verás aquí números a los que puedes llamar desde allí.</translation>
    </message>
</context>
<context>
    <name>RegionLine</name>
    <message>
        <source>Change country</source>
        <translation>Cambiar de país</translation>
    </message>
    <message>
        <source>Change the country for the crisis lines</source>
        <translation>Cambiar el país de las líneas de crisis</translation>
    </message>
    <message>
        <source>Opens the list of countries; nothing changes until you choose one.</source>
        <translation>Abre la lista de países; nada cambia hasta que elijas uno.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the change of country</source>
        <translation>Deshacer el cambio de país</translation>
    </message>
    <message>
        <source>Puts back the country you had before.</source>
        <translation>Vuelve a poner el país que tenías antes.</translation>
    </message>
    <message>
        <source>Crisis lines for {place}, from this computer&apos;s settings.</source>
        <translation>Líneas de crisis: {place} (según la configuración de este equipo).</translation>
    </message>
    <message>
        <source>Country: {place}.</source>
        <translation>País: {place}.</translation>
    </message>
    <message>
        <source>Crisis lines for {place}.</source>
        <translation>Líneas de crisis: {place}.</translation>
    </message>
    <message>
        <source>Region changed to {place}.</source>
        <translation>Región cambiada a {place}.</translation>
    </message>
    <message>
        <source>Region changed to “{place}”.</source>
        <translation>Región cambiada a «{place}».</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <source>Which country are you in? Then the numbers here are ones you can call there.</source>
        <translation>¿En qué país estás? Así verás aquí números a los que puedes llamar desde allí.</translation>
    </message>
    <message>
        <source>Your country</source>
        <translation>Tu país</translation>
    </message>
    <message>
        <source>Type the name of your country and press Enter; or open the list and pick where you are.</source>
        <translation>Escribe el nombre de tu país y pulsa Intro; o abre la lista y elige dónde estás.</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>&amp;Use this country</source>
        <translation>&amp;Usar este país</translation>
    </message>
    <message>
        <source>Use this country for the crisis lines</source>
        <translation>Usar este país para las líneas de crisis</translation>
    </message>
    <message>
        <source>Shows the lines for the country chosen in the list, and remembers it.</source>
        <translation>Muestra las líneas del país elegido en la lista y lo recuerda.</translation>
    </message>
    <message>
        <source>Keep as it is</source>
        <translation>Dejarlo como está</translation>
    </message>
    <message>
        <source>Keep the country as it is</source>
        <translation>Dejar el país como está</translation>
    </message>
    <message>
        <source>Closes the list; nothing changes.</source>
        <translation>Cierra la lista; nada cambia.</translation>
    </message>
    <message>
        <source>Choose your country</source>
        <translation>Elige tu país</translation>
    </message>
    <message>
        <source>Every country; type the name of yours to go to it.</source>
        <translation>Todos los países; escribe el nombre del tuyo para ir a él.</translation>
    </message>
</context>
<context>
    <name>ReminderCard</name>
    <message>
        <source>Footholds reminder</source>
        <translation>Recordatorio de Footholds</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More choices</source>
        <translation>Más opciones</translation>
    </message>
    <message>
        <source>Opens a menu to hide this idea for good or add one of your own.</source>
        <translation>Abre un menú para ocultar esta idea para siempre o añadir una tuya.</translation>
    </message>
    <message>
        <source>Hide this one</source>
        <translation>Ocultar esta</translation>
    </message>
    <message>
        <source>Add your own…</source>
        <translation>Añadir una idea tuya…</translation>
    </message>
    <message>
        <source>The reminder</source>
        <translation>El recordatorio</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show me another one</source>
        <translation>Muéstrame otra</translation>
    </message>
    <message>
        <source>Puts a different idea of the same kind in place of this one.</source>
        <translation>Pone otra idea del mismo tipo en lugar de esta.</translation>
    </message>
    <message>
        <source>Thank you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done: add it to today&apos;s small wins</source>
        <translation>Hecho: añadirlo a los pequeños logros de hoy</translation>
    </message>
    <message>
        <source>Counts this as a small win and closes the card.</source>
        <translation>Lo cuenta como un pequeño logro y cierra la tarjeta.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Luego</translation>
    </message>
    <message>
        <source>Later: remind me again in a little while</source>
        <translation>Luego: recuérdamelo dentro de un rato</translation>
    </message>
    <message>
        <source>Closes the card for now; it comes back after a few minutes.</source>
        <translation>Cierra la tarjeta por ahora; vuelve dentro de unos minutos.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Lets this one go and closes the card. Not now is a fine answer; nothing is counted.</source>
        <translation>Deja pasar esta y cierra la tarjeta. «Ahora no» es una buena respuesta; no se cuenta nada.</translation>
    </message>
    <message>
        <source>A little movement</source>
        <translation>Un poco de movimiento</translation>
    </message>
    <message>
        <source>A short rest</source>
        <translation>Un descanso corto</translation>
    </message>
    <message>
        <source>Time to wind down</source>
        <translation>Hora de ir desconectando</translation>
    </message>
    <message>
        <source>Something to eat or drink</source>
        <translation>Algo de comer o beber</translation>
    </message>
    <message>
        <source>Someone you could reach out to</source>
        <translation>Alguien con quien podrías contactar</translation>
    </message>
    <message>
        <source>A small pause</source>
        <translation>Una pequeña pausa</translation>
    </message>
    <message>
        <source>Stretch in whatever way feels good right now.</source>
        <translation>Estírate de la forma que te siente bien ahora mismo.</translation>
    </message>
    <message>
        <source>Take a slow breath and look away from the screen for a moment.</source>
        <translation>Respira despacio y aparta la vista de la pantalla un momento.</translation>
    </message>
    <message>
        <source>About a minute</source>
        <translation>Más o menos un minuto</translation>
    </message>
    <message>
        <source>If it suits you, getting up around {time} tomorrow helps your body find its rhythm.</source>
        <translation>Si te va bien, levantarte mañana hacia las {time} ayuda a tu cuerpo a encontrar su ritmo.</translation>
    </message>
    <message>
        <source>Something you planned</source>
        <translation>Algo que planeaste</translation>
    </message>
    <message numerus="yes">
        <source>About %n seconds</source>
        <translation>
            <numerusform>%n segundo, más o menos</numerusform>
            <numerusform>Unos %n segundos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes</source>
        <translation>
            <numerusform>%n minuto, más o menos</numerusform>
            <numerusform>Unos %n minutos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReminderMenu</name>
    <message>
        <source>Re&amp;minders</source>
        <translation>Recorda&amp;torios</translation>
    </message>
    <message>
        <source>Remind me now: &amp;movement</source>
        <translation>Recordatorio ahora: &amp;movimiento</translation>
    </message>
    <message>
        <source>Remind me now: &amp;rest</source>
        <translation>Recordatorio ahora: &amp;descanso</translation>
    </message>
    <message>
        <source>Pause for &amp;30 minutes</source>
        <translation>Pausar &amp;30 minutos</translation>
    </message>
    <message>
        <source>Pause for &amp;1 hour</source>
        <translation>Pausar &amp;1 hora</translation>
    </message>
    <message>
        <source>Pause until &amp;tomorrow</source>
        <translation>Pausar &amp;hasta mañana</translation>
    </message>
    <message>
        <source>Pause until I turn them back &amp;on</source>
        <translation>Pausar hasta que los vuelva a &amp;activar</translation>
    </message>
    <message>
        <source>Res&amp;ume reminders</source>
        <translation>&amp;Reanudar los recordatorios</translation>
    </message>
    <message>
        <source>&amp;Show the reminder</source>
        <translation>Mo&amp;strar el recordatorio</translation>
    </message>
    <message>
        <source>&amp;Add your own…</source>
        <translation>Añadir una &amp;idea tuya…</translation>
    </message>
</context>
<context>
    <name>ReminderPresenter</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Luego</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Another one</source>
        <translation>Otra</translation>
    </message>
</context>
<context>
    <name>ReminderStatus</name>
    <message>
        <source>Reminders are off</source>
        <translation>Los recordatorios están desactivados</translation>
    </message>
    <message>
        <source>Paused until you resume</source>
        <translation>En pausa hasta que los reactives</translation>
    </message>
    <message>
        <source>Paused until {time}</source>
        <translation>En pausa hasta {time}</translation>
    </message>
    <message>
        <source>Quiet hours until {time}</source>
        <translation>Horas tranquilas hasta {time}</translation>
    </message>
    <message>
        <source>Outside working hours until {time}</source>
        <translation>Fuera del horario de trabajo hasta {time}</translation>
    </message>
    <message>
        <source>No reminders coming up</source>
        <translation>No hay recordatorios próximos</translation>
    </message>
    <message>
        <source>Next {what} {when}</source>
        <translation>Lo próximo: {what}, {when}</translation>
    </message>
    <message>
        <source>{what} is here whenever you want it</source>
        <translation>{what} te espera cuando quieras</translation>
    </message>
    <message>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <source>in a moment</source>
        <translation>en un momento</translation>
    </message>
    <message>
        <source>in about {n} min</source>
        <translation>en unos {n} min</translation>
    </message>
    <message>
        <source>in about {h} h</source>
        <translation>en unas {h} h</translation>
    </message>
    <message>
        <source>in about {h} h {m} min</source>
        <translation>en unas {h} h y {m} min</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>el {day} a las {time}</translation>
    </message>
    <message>
        <source>tomorrow at {time}</source>
        <translation>mañana a las {time}</translation>
    </message>
    <message>
        <source>{time}</source>
        <translation>las {time}</translation>
    </message>
    <message>
        <source>movement</source>
        <translation>movimiento</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>wind-down</source>
        <translation>desconexión</translation>
    </message>
    <message>
        <source>food and water nudge</source>
        <translation>aviso de comida y agua</translation>
    </message>
    <message>
        <source>reach-out nudge</source>
        <translation>aviso para contactar con alguien</translation>
    </message>
    <message>
        <source>A movement idea</source>
        <translation>Una idea para moverte</translation>
    </message>
    <message>
        <source>A short rest</source>
        <translation>Un descanso corto</translation>
    </message>
    <message>
        <source>Your wind-down idea</source>
        <translation>Tu idea para desconectar</translation>
    </message>
    <message>
        <source>A food and water idea</source>
        <translation>Una idea de comida y agua</translation>
    </message>
    <message>
        <source>A reach-out idea</source>
        <translation>Una idea para contactar con alguien</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>Quiet for your session until {time}</source>
        <translation>En calma por tu sesión hasta {time}</translation>
    </message>
    <message>
        <source>Reminders wait until your call ends</source>
        <translation>Los recordatorios esperan a que termine tu llamada</translation>
    </message>
    <message>
        <source>Quiet while Tough day is open</source>
        <translation>En calma mientras tienes abierto «Día difícil»</translation>
    </message>
    <message>
        <source>Quiet while Get help now is open</source>
        <translation>En calma mientras tienes abierto «Ayuda ahora»</translation>
    </message>
    <message>
        <source>Quiet for a while after Tough day, until {time}</source>
        <translation>En calma un rato después de «Día difícil», hasta {time}</translation>
    </message>
    <message>
        <source>Quiet for a while after Get help now, until {time}</source>
        <translation>En calma un rato después de «Ayuda ahora», hasta {time}</translation>
    </message>
    <message>
        <source>Quiet for a little while, until {time}</source>
        <translation>En calma un ratito, hasta {time}</translation>
    </message>
    <message>
        <source>nudge for your plan</source>
        <translation>aviso de tu plan</translation>
    </message>
    <message>
        <source>Something you planned</source>
        <translation>Algo que planeaste</translation>
    </message>
    <message>
        <source>reminder</source>
        <translation>recordatorio</translation>
    </message>
    <message>
        <source>Your reminder</source>
        <translation>Tu recordatorio</translation>
    </message>
</context>
<context>
    <name>RenameRow</name>
    <message>
        <source>Write a few words for it; until then it keeps its old ones.</source>
        <translation>Escribe unas palabras; mientras, conserva las de antes.</translation>
    </message>
    <message>
        <source>New words for this one</source>
        <translation>Palabras nuevas para esta</translation>
    </message>
    <message>
        <source>Enter saves them; Esc leaves them as they were.</source>
        <translation>Intro las guarda; Esc las deja como estaban.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the new words</source>
        <translation>Guardar las palabras nuevas</translation>
    </message>
    <message>
        <source>Changes the words in your list; plans already made keep theirs.</source>
        <translation>Cambia las palabras en tu lista; los planes ya hechos conservan las suyas.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the old words</source>
        <translation>Dejar las palabras de antes</translation>
    </message>
    <message>
        <source>Leaves the words as they were.</source>
        <translation>Deja las palabras como estaban.</translation>
    </message>
</context>
<context>
    <name>RoutineRow</name>
    <message>
        <source>Routine step</source>
        <translation>Paso de la rutina</translation>
    </message>
    <message>
        <source>The words for this one of your three; change them any time.</source>
        <translation>Las palabras de esta de tus tres; cámbialas cuando quieras.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Takes this one off your three, after asking; you can undo it for a moment.</source>
        <translation>Quita esta de tus tres, tras preguntarte; puedes deshacerlo durante un momento.</translation>
    </message>
    <message>
        <source>Ticks it off for today; it clears on its own when a new day begins.</source>
        <translation>La marca como hecha hoy; se desmarca sola cuando empieza un nuevo día.</translation>
    </message>
    <message>
        <source>Remove “{text}”</source>
        <translation>Quitar «{text}»</translation>
    </message>
    <message>
        <source>Done. That counts.</source>
        <translation>Hecho. Eso cuenta.</translation>
    </message>
</context>
<context>
    <name>RoutineSection</name>
    <message>
        <source>Bare minimum for today</source>
        <translation>Lo mínimo de hoy</translation>
    </message>
    <message>
        <source>A small thing to add (pick or type)</source>
        <translation>Algo pequeño que añadir (elige o escribe)</translation>
    </message>
    <message>
        <source>Pick one of the suggestions or write your own; Enter adds it.</source>
        <translation>Elige una de las sugerencias o escribe la tuya; Intro la añade.</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Ideas for small things, with any of your own from Settings.</source>
        <translation>Ideas de cosas pequeñas, junto con las tuyas de Ajustes.</translation>
    </message>
    <message>
        <source>Add it to my three</source>
        <translation>Añadirlo a mis tres</translation>
    </message>
    <message>
        <source>Adds what you picked or wrote, up to three in all.</source>
        <translation>Añade lo que elegiste o escribiste, hasta tres en total.</translation>
    </message>
    <message>
        <source>Change my three</source>
        <translation>Cambiar mis tres</translation>
    </message>
    <message>
        <source>Pick up to three small things that count as enough for a day, even a hard one. Tick them when they happen; the rest can wait.</source>
        <translation>Elige hasta tres cosas pequeñas que basten para un día, incluso uno difícil. Márcalas cuando pasen; lo demás puede esperar.</translation>
    </message>
    <message>
        <source>Change the words, remove one, or add another.</source>
        <translation>Cambia las palabras, quita una o añade otra.</translation>
    </message>
    <message>
        <source>Change the words, or remove one.</source>
        <translation>Cambia las palabras o quita una.</translation>
    </message>
    <message>
        <source>Enough for today, even on a hard day.</source>
        <translation>Suficiente por hoy, incluso en un día difícil.</translation>
    </message>
    <message>
        <source>Done changing my three</source>
        <translation>He terminado de cambiar mis tres</translation>
    </message>
    <message>
        <source>Keeps your three as they are now and goes back to ticking them off.</source>
        <translation>Guarda tus tres como están ahora y vuelve a la vista para marcarlas.</translation>
    </message>
    <message>
        <source>Lets you reword, remove or add to your three small things.</source>
        <translation>Te deja cambiar las palabras de tus tres cosas pequeñas, quitar alguna o añadir otra.</translation>
    </message>
    <message>
        <source>Pick a suggestion or write your own</source>
        <translation>Elige una sugerencia o escribe la tuya</translation>
    </message>
    <message>
        <source>You have three; remove one to add another</source>
        <translation>Ya tienes tres; quita una para añadir otra</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Añad&amp;ir</translation>
    </message>
    <message>
        <source>&amp;Change my three</source>
        <translation>&amp;Cambiar mis tres</translation>
    </message>
    <message>
        <source>Do&amp;ne</source>
        <translation>&amp;Listo</translation>
    </message>
    <message>
        <source>That&apos;s your three. You can change them any time.</source>
        <translation>Ya tienes tus tres. Puedes cambiarlas cuando quieras.</translation>
    </message>
    <message>
        <source>Take “{text}” off your three? The days you ticked it still count.</source>
        <translation>¿Quitar «{text}» de tus tres? Los días que lo marcaste siguen contando.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Removed from your three.</source>
        <translation>Quitado de tus tres.</translation>
    </message>
    <message>
        <source>That&apos;s already one of your three.</source>
        <translation>Eso ya es una de tus tres.</translation>
    </message>
</context>
<context>
    <name>RoutineSuggestions</name>
    <message>
        <source>Ideas offered when you change your three small things in Today. Yours come first. Hiding one only takes it off this list.</source>
        <translation>Ideas que se te ofrecen cuando cambias tus tres cosas pequeñas en Hoy. Las tuyas salen primero. Ocultar una solo la quita de esta lista.</translation>
    </message>
    <message>
        <source>A small thing of your own</source>
        <translation>Una cosa pequeña tuya</translation>
    </message>
    <message>
        <source>New routine suggestion</source>
        <translation>Nueva sugerencia para la rutina</translation>
    </message>
    <message>
        <source>Type a suggestion and press Enter to add it to the list</source>
        <translation>Escribe una sugerencia y pulsa Intro para añadirla a la lista</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add this suggestion</source>
        <translation>Añadir esta sugerencia</translation>
    </message>
    <message>
        <source>Puts what you typed on the list, with your own ones first.</source>
        <translation>Pone en la lista lo que has escrito, con las tuyas primero.</translation>
    </message>
    <message>
        <source>Shows the built-in suggestions you hid again</source>
        <translation>Vuelve a mostrar las sugerencias incluidas que ocultaste</translation>
    </message>
    <message>
        <source>Puts back the suggestion you just removed or hid.</source>
        <translation>Devuelve la sugerencia que acabas de quitar u ocultar.</translation>
    </message>
    <message numerus="yes">
        <source>Bring back hidden suggestions (%n)</source>
        <translation>
            <numerusform>Recuperar la sugerencia oculta (%n)</numerusform>
            <numerusform>Recuperar las sugerencias ocultas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Your suggestion: {suggestion}</source>
        <translation>Tu sugerencia: {suggestion}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove {suggestion}</source>
        <translation>Quitar {suggestion}</translation>
    </message>
    <message>
        <source>Removes your suggestion; you can undo it for a few seconds.</source>
        <translation>Quita tu sugerencia; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide {suggestion}</source>
        <translation>Ocultar {suggestion}</translation>
    </message>
    <message>
        <source>Takes this idea off the list; you can undo it or bring it back later.</source>
        <translation>Quita esta idea de la lista; puedes deshacerlo o recuperarla más adelante.</translation>
    </message>
    <message>
        <source>Removed “{suggestion}”.</source>
        <translation>Se ha quitado «{suggestion}».</translation>
    </message>
    <message>
        <source>Hid “{suggestion}”.</source>
        <translation>Se ha ocultado «{suggestion}».</translation>
    </message>
    <message>
        <source>That one is already on the list.</source>
        <translation>Esa ya está en la lista.</translation>
    </message>
    <message>
        <source>Remove your suggestion “{suggestion}”?</source>
        <translation>¿Quitar tu sugerencia «{suggestion}»?</translation>
    </message>
</context>
<context>
    <name>SafetyPlanView</name>
    <message>
        <source>Edit my safety plan</source>
        <translation>Editar mi plan de seguridad</translation>
    </message>
    <message>
        <source>Write my safety plan</source>
        <translation>Escribir mi plan de seguridad</translation>
    </message>
    <message>
        <source>Opens your safety plan to change it, in its own window.</source>
        <translation>Abre tu plan de seguridad en su propia ventana, para cambiarlo.</translation>
    </message>
    <message>
        <source>Opens a short plan to write on a calmer day, for the harder ones.</source>
        <translation>Abre un plan corto para escribir en un día más tranquilo, para los más difíciles.</translation>
    </message>
    <message>
        <source>Asks for your passphrase, then opens a short plan to write on a calmer day, for the harder ones.</source>
        <translation>Pide tu frase de contraseña y luego abre un plan corto para escribir en un día más tranquilo, para los más difíciles.</translation>
    </message>
    <message>
        <source>Read my safety plan</source>
        <translation>Leer mi plan de seguridad</translation>
    </message>
    <message>
        <source>Opens your whole safety plan to read, in its own window; changing it waits for your passphrase.</source>
        <translation>Abre tu plan de seguridad entero para leerlo, en su propia ventana; para cambiarlo hace falta tu frase de contraseña.</translation>
    </message>
    <message>
        <source>A safety plan is a few lines written on a calmer day, for the harder ones: what to look out for, what helps, and who to call. Write it when you are ready.</source>
        <translation>Un plan de seguridad son unas pocas líneas escritas en un día más tranquilo, para los más difíciles: a qué prestar atención, qué te ayuda y a quién llamar. Escríbelo cuando te veas con fuerzas.</translation>
    </message>
    <message>
        <source>Your safety plan is safe, only locked for now; it shows here again once Footholds is unlocked.</source>
        <translation>Tu plan de seguridad está a salvo, solo bloqueado por ahora; vuelve a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Your safety plan could not be read; a copy of the damaged file is kept in {folder}.</source>
        <translation>No se pudo leer tu plan de seguridad; se guarda aparte una copia del archivo dañado en {folder}.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanWindow</name>
    <message>
        <source>My safety plan</source>
        <translation>Mi plan de seguridad</translation>
    </message>
    <message>
        <source>Your safety plan is here to read. To change it, unlock Footholds with your passphrase.</source>
        <translation>Tu plan de seguridad está aquí para leerlo. Para cambiarlo, desbloquea Footholds con tu frase de contraseña.</translation>
    </message>
    <message>
        <source>A plan written on a calmer day, for the harder ones. Use your own words and fill in only what helps; you can change it any time. It is saved a moment after you stop typing and when you close it; Save keeps it at once. It stays on this computer.</source>
        <translation>Un plan escrito en un día más tranquilo, para los más difíciles. Usa tus palabras y rellena solo lo que te ayude; puedes cambiarlo cuando quieras. Se guarda un momento después de que dejes de escribir y al cerrarlo; Guardar lo guarda al instante. Se queda en este equipo.</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Con tus palabras</translation>
    </message>
    <message>
        <source>The sections of your plan</source>
        <translation>Las secciones de tu plan</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save my safety plan</source>
        <translation>Guardar mi plan de seguridad</translation>
    </message>
    <message>
        <source>Keeps your plan on this computer now; Ctrl+S does the same.</source>
        <translation>Guarda ya tu plan en este equipo; Ctrl+S hace lo mismo.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Good to know: calling a line, urges, warning signs</source>
        <translation>Bueno saberlo: llamar a una línea, los impulsos, las señales de alarma</translation>
    </message>
    <message>
        <source>Open Good to know</source>
        <translation>Abrir Bueno saberlo</translation>
    </message>
    <message>
        <source>What happens when you call a line, how an urge rises and falls, and the warning signs worth telling someone about.</source>
        <translation>Qué pasa cuando llamas a una línea, cómo sube y baja un impulso y las señales de alarma que vale la pena contarle a alguien.</translation>
    </message>
    <message>
        <source>What you want to stay for, then six steps; fill in only what helps.</source>
        <translation>Lo que te importa y luego seis pasos; rellena solo lo que te ayude.</translation>
    </message>
    <message>
        <source>Tick it if you will do this; it is shown with your plan.</source>
        <translation>Márcalo si vas a hacerlo; aparece con tu plan.</translation>
    </message>
</context>
<context>
    <name>SavedFile</name>
    <message>
        <source>Open it</source>
        <translation>Abrirlo</translation>
    </message>
    <message>
        <source>Open the saved file</source>
        <translation>Abrir el archivo guardado</translation>
    </message>
    <message>
        <source>Opens it in the app your desktop uses for this kind of file.</source>
        <translation>Lo abre con la aplicación que tu escritorio usa para este tipo de archivo.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Mostrar en la carpeta</translation>
    </message>
    <message>
        <source>Show the folder the file was saved in</source>
        <translation>Mostrar la carpeta donde se guardó el archivo</translation>
    </message>
    <message>
        <source>Opens that folder in your file manager, with the file picked out when it can.</source>
        <translation>Abre esa carpeta en tu gestor de archivos, con el archivo señalado cuando se puede.</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>Nothing was printed: the printer did not start, or those pages are not there. Save as… keeps a PDF.</source>
        <translation>No se ha impreso nada: la impresora no arrancó, o esas páginas no existen. Guardar como… guarda un PDF.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>No app on this computer opens this kind of file. Show in folder finds it.</source>
        <translation>Ninguna aplicación de este equipo abre este tipo de archivo. Mostrar en la carpeta te lleva a él.</translation>
    </message>
    <message>
        <source>No file manager opened the folder. The file is {path}</source>
        <translation>Ningún gestor de archivos abrió la carpeta. El archivo es {path}</translation>
    </message>
    <message>
        <source>The file manager is slow to answer and may still show it. The file is {path}</source>
        <translation>El gestor de archivos tarda en responder y puede que aún lo muestre. El archivo es {path}</translation>
    </message>
</context>
<context>
    <name>SearchClear</name>
    <message>
        <source>Clear the search</source>
        <translation>Borrar la búsqueda</translation>
    </message>
    <message>
        <source>Empties the search, so every entry shows again.</source>
        <translation>Vacía la búsqueda, para que vuelvan a verse todas las entradas.</translation>
    </message>
</context>
<context>
    <name>SessionCarry</name>
    <message>
        <source>What you want to talk about stays in the check-in summary, ready for your next session.</source>
        <translation>Lo que anotaste de qué quieres hablar se queda en tu resumen, listo para tu próxima sesión.</translation>
    </message>
    <message>
        <source>What you want to talk about is added to what you wrote for your session on {date}.</source>
        <translation>Lo que anotaste de qué quieres hablar se añade a lo que escribiste para tu sesión del {date}.</translation>
    </message>
    <message>
        <source>What you want to talk about moves to your session on {date}.</source>
        <translation>Lo que anotaste de qué quieres hablar pasa a tu sesión del {date}.</translation>
    </message>
    <message>
        <source>What you want to talk about is in the check-in summary.</source>
        <translation>Lo que anotaste de qué quieres hablar está en tu resumen.</translation>
    </message>
    <message>
        <source>What you want to talk about is now with your session on {date}.</source>
        <translation>Lo que anotaste de qué quieres hablar está ahora con tu sesión del {date}.</translation>
    </message>
</context>
<context>
    <name>SessionNotesLeft</name>
    <message>
        <source>The notes you wrote after it, not kept yet, go into your journal.</source>
        <translation>Las notas que escribiste después, aún sin guardar, pasan a tu diario.</translation>
    </message>
    <message>
        <source>The notes open in After your session stay there; closing it keeps them in your journal.</source>
        <translation>Las notas abiertas en Después de tu sesión se quedan ahí; al cerrar esa ventana se guardan en tu diario.</translation>
    </message>
    <message>
        <source>The notes you wrote after it are in your journal.</source>
        <translation>Las notas que escribiste después están en tu diario.</translation>
    </message>
</context>
<context>
    <name>SessionNotesWindow</name>
    <message>
        <source>Closes this window.</source>
        <translation>Cierra esta ventana.</translation>
    </message>
    <message>
        <source>Open My sessions</source>
        <translation>Abrir Mis sesiones</translation>
    </message>
    <message>
        <source>Opens Settings on the My sessions page.</source>
        <translation>Abre Ajustes en la página Mis sesiones.</translation>
    </message>
    <message>
        <source>After your session</source>
        <translation>Después de tu sesión</translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation>Lo que quiero recordar</translation>
    </message>
    <message>
        <source>In your own words; it opens your next check-in summary. Optional.</source>
        <translation>Con tus propias palabras; abre tu próximo resumen. Opcional.</translation>
    </message>
    <message>
        <source>Something to try before the next one?</source>
        <translation>¿Algo para probar antes de la próxima?</translation>
    </message>
    <message>
        <source>Something to try before the next session</source>
        <translation>Algo para probar antes de la próxima sesión</translation>
    </message>
    <message>
        <source>It shows in Today until your next session. Optional.</source>
        <translation>Se muestra en Hoy hasta tu próxima sesión. Opcional.</translation>
    </message>
    <message>
        <source>Once your sessions are in Settings, under My sessions, this is where you can keep what you want to remember from each one.</source>
        <translation>Cuando tus sesiones estén en Ajustes, en Mis sesiones, aquí podrás guardar lo que quieras recordar de cada una.</translation>
    </message>
    <message>
        <source>Keep these</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Keep what I wrote</source>
        <translation>Guardar lo que escribí</translation>
    </message>
    <message>
        <source>Saves your words with this session; you can change them later here. Ctrl+Enter does the same.</source>
        <translation>Guarda tus palabras con esta sesión; puedes cambiarlas después aquí. Ctrl+Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Closes this window; anything you wrote is kept with this session.</source>
        <translation>Cierra esta ventana; lo que hayas escrito se guarda con esta sesión.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>That session is no longer in your list.</source>
        <translation>Esa sesión ya no está en tu lista.</translation>
    </message>
    <message>
        <source>Kept. Thank you for taking a moment.</source>
        <translation>Guardado. Gracias por tomarte un momento.</translation>
    </message>
    <message>
        <source>Keep in my journal</source>
        <translation>Guardar en mi diario</translation>
    </message>
    <message>
        <source>Keep what I wrote in my journal</source>
        <translation>Guardar lo que escribí en mi diario</translation>
    </message>
    <message>
        <source>Saves your words as a journal entry dated now, as their session is no longer in your list. Ctrl+Enter does the same.</source>
        <translation>Guarda tus palabras como una entrada del diario con la fecha de ahora, ya que su sesión ya no está en tu lista. Ctrl+Intro hace lo mismo.</translation>
    </message>
    <message>
        <source>That session is no longer in your list (it may have been removed, or an older backup restored). Your words are still here: Keep in my journal saves them there, and so does closing this window.</source>
        <translation>Esa sesión ya no está en tu lista (puede que se haya quitado o que se haya restaurado una copia de seguridad anterior). Tus palabras siguen aquí: Guardar en mi diario las guarda allí, y cerrar esta ventana también.</translation>
    </message>
    <message>
        <source>Closes this window; anything you wrote is kept in your journal.</source>
        <translation>Cierra esta ventana; lo que hayas escrito se guarda en tu diario.</translation>
    </message>
    <message>
        <source>Kept in your journal. Thank you for taking a moment.</source>
        <translation>Guardado en tu diario. Gracias por tomarte un momento.</translation>
    </message>
    <message>
        <source>Notes after my session on {date}. That session is no longer in my list, so they are kept here.</source>
        <translation>Notas después de mi sesión del {date}. Esa sesión ya no está en mi lista, así que se guardan aquí.</translation>
    </message>
    <message>
        <source>Something to try before the next one:</source>
        <translation>Algo para probar antes de la próxima:</translation>
    </message>
    <message>
        <source>Your session on {date} at {time}</source>
        <translation>Tu sesión del {date} a las {time}</translation>
    </message>
    <message>
        <source>Your session on {date}</source>
        <translation>Tu sesión del {date}</translation>
    </message>
    <message>
        <source>Your session today at {time}</source>
        <translation>Tu sesión de hoy a las {time}</translation>
    </message>
    <message>
        <source>Your session today at {time}</source>
        <comment>the hour is one</comment>
        <translation>Tu sesión de hoy a la {time}</translation>
    </message>
    <message>
        <source>Your session today</source>
        <translation>Tu sesión de hoy</translation>
    </message>
    <message>
        <source>Your session yesterday at {time}</source>
        <translation>Tu sesión de ayer a las {time}</translation>
    </message>
    <message>
        <source>Your session yesterday at {time}</source>
        <comment>the hour is one</comment>
        <translation>Tu sesión de ayer a la {time}</translation>
    </message>
    <message>
        <source>Your session yesterday</source>
        <translation>Tu sesión de ayer</translation>
    </message>
</context>
<context>
    <name>SessionOffers</name>
    <message>
        <source>Your next session</source>
        <translation>Tu próxima sesión</translation>
    </message>
    <message>
        <source>If you like, look over your check-in summary and note what you want to talk about.</source>
        <translation>Si quieres, mira tu resumen y anota de qué quieres hablar.</translation>
    </message>
    <message>
        <source>Open the summary</source>
        <translation>Abrir el resumen</translation>
    </message>
    <message>
        <source>After your session</source>
        <translation>Después de tu sesión</translation>
    </message>
    <message>
        <source>Write it down</source>
        <translation>Anotarlo</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
</context>
<context>
    <name>SessionTryCard</name>
    <message>
        <source>From your last session, something to try</source>
        <translation>De tu última sesión, algo para probar</translation>
    </message>
    <message>
        <source>Something to try before your next session</source>
        <translation>Algo para probar antes de tu próxima sesión</translation>
    </message>
    <message>
        <source>Your own words from after your last session; here until the next one.</source>
        <translation>Tus propias palabras de después de tu última sesión; aquí hasta la próxima.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show all of what to try</source>
        <translation>Mostrar todo lo que quieres probar</translation>
    </message>
    <message>
        <source>Shows all of what you wanted to try, here in Today.</source>
        <translation>Muestra todo lo que querías probar, aquí en Hoy.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show less of what to try</source>
        <translation>Mostrar menos de lo que quieres probar</translation>
    </message>
    <message>
        <source>Shows only the first lines of what you wanted to try again.</source>
        <translation>Vuelve a mostrar solo las primeras líneas de lo que querías probar.</translation>
    </message>
</context>
<context>
    <name>SessionWords</name>
    <message>
        <source>Your session is on now, until {time}.</source>
        <translation>Tu sesión es ahora, hasta las {time}.</translation>
    </message>
    <message>
        <source>Your session is on now, until {time}.</source>
        <comment>the hour is one</comment>
        <translation>Tu sesión es ahora, hasta la {time}.</translation>
    </message>
    <message>
        <source>Afterwards, this is where you can keep what you want to remember from it, and something to try before the next one.</source>
        <translation>Después, aquí podrás guardar lo que quieras recordar de ella y algo para probar antes de la próxima.</translation>
    </message>
    <message>
        <source>Anything you want to remember from today&apos;s session?</source>
        <translation>¿Algo que quieras recordar de la sesión de hoy?</translation>
    </message>
    <message>
        <source>Anything you want to remember from yesterday&apos;s session?</source>
        <translation>¿Algo que quieras recordar de la sesión de ayer?</translation>
    </message>
    <message>
        <source>Anything you want to remember from your session on {weekday}?</source>
        <translation>¿Algo que quieras recordar de tu sesión del {weekday}?</translation>
    </message>
    <message>
        <source>Anything you want to remember from your session on {date}?</source>
        <translation>¿Algo que quieras recordar de tu sesión del {date}?</translation>
    </message>
    <message>
        <source>Something to try before the next one?</source>
        <translation>¿Algo para probar antes de la próxima?</translation>
    </message>
    <message>
        <source>Your next session is today at {time}.</source>
        <translation>Tu próxima sesión es hoy a las {time}.</translation>
    </message>
    <message>
        <source>Your next session is today at {time}.</source>
        <comment>the hour is one</comment>
        <translation>Tu próxima sesión es hoy a la {time}.</translation>
    </message>
    <message>
        <source>Your next session is today.</source>
        <translation>Tu próxima sesión es hoy.</translation>
    </message>
    <message>
        <source>Your next session is on {date} at {time}.</source>
        <translation>Tu próxima sesión es el {date} a las {time}.</translation>
    </message>
    <message>
        <source>Your next session is on {date} at {time}.</source>
        <comment>the hour is one</comment>
        <translation>Tu próxima sesión es el {date} a la {time}.</translation>
    </message>
    <message>
        <source>Your next session is on {date}.</source>
        <translation>Tu próxima sesión es el {date}.</translation>
    </message>
    <message>
        <source>Afterwards, this is where you can keep what you want to remember from it, and something to try before the one after.</source>
        <translation>Después, aquí podrás guardar lo que quieras recordar de ella y algo para probar antes de la siguiente.</translation>
    </message>
</context>
<context>
    <name>SessionsEditor</name>
    <message>
        <source>Your words were set aside.</source>
        <translation>Tus palabras quedaron apartadas.</translation>
    </message>
    <message>
        <source>Bring back the words you were writing</source>
        <translation>Recuperar las palabras que estabas escribiendo</translation>
    </message>
    <message>
        <source>That session is already in your list.</source>
        <translation>Esa sesión ya está en tu lista.</translation>
    </message>
    <message>
        <source>Lists every past session, not only the latest ones.</source>
        <translation>Muestra todas las sesiones pasadas, no solo las últimas.</translation>
    </message>
    <message>
        <source>Show fewer</source>
        <translation>Mostrar menos</translation>
    </message>
    <message numerus="yes">
        <source>Show all %n past sessions</source>
        <translation>
            <numerusform>Mostrar %n sesión pasada</numerusform>
            <numerusform>Mostrar las %n sesiones pasadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Your sessions will be listed here once you add one above.</source>
        <translation>Tus sesiones aparecerán aquí en cuanto añadas una arriba.</translation>
    </message>
    <message>
        <source>During a session and for {minutes} minutes after, reminders stay quiet.</source>
        <translation>Durante una sesión y {minutes} minutos después, los recordatorios se quedan en calma.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>The day of the session; for a repeating one, the first day.</source>
        <translation>El día de la sesión; si se repite, el primer día.</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Hora de inicio</translation>
    </message>
    <message>
        <source>When the session starts, like 17:30.</source>
        <translation>Cuándo empieza la sesión, como 17:30.</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <source>Once, or every one, two or four weeks on the same day and time.</source>
        <translation>Una vez, o cada una, dos o cuatro semanas, el mismo día y a la misma hora.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Duración en minutos</translation>
    </message>
    <message>
        <source>How long the session lasts; 50 to start.</source>
        <translation>Cuánto dura la sesión; 50 para empezar.</translation>
    </message>
    <message>
        <source>With (optional)</source>
        <translation>Con (opcional)</translation>
    </message>
    <message>
        <source>Therapist&apos;s name</source>
        <translation>Nombre de tu terapeuta</translation>
    </message>
    <message>
        <source>Who the session is with, if you want to write it. Optional.</source>
        <translation>Con quién es la sesión, si quieres escribirlo. Opcional.</translation>
    </message>
    <message>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <source>Add this session</source>
        <translation>Añadir esta sesión</translation>
    </message>
    <message>
        <source>Keeps this session; reminders stay quiet during it and just after.</source>
        <translation>Guarda esta sesión; los recordatorios se quedan en calma durante ella y justo después.</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Every week</source>
        <translation>Cada semana</translation>
    </message>
    <message>
        <source>Every two weeks</source>
        <translation>Cada dos semanas</translation>
    </message>
    <message>
        <source>Every four weeks</source>
        <translation>Cada cuatro semanas</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Takes this session off your list; you can undo it for a few seconds.</source>
        <translation>Quita esta sesión de tu lista; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>Skip the next one</source>
        <translation>Saltar la próxima</translation>
    </message>
    <message>
        <source>Only the next one is left out; the ones after it stay.</source>
        <translation>Solo se salta la próxima; las siguientes se quedan.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Every week on {weekday} at {time}</source>
        <translation>Cada semana, el {weekday} a las {time}</translation>
    </message>
    <message>
        <source>Every two weeks on {weekday} at {time}</source>
        <translation>Cada dos semanas, el {weekday} a las {time}</translation>
    </message>
    <message>
        <source>Every four weeks on {weekday} at {time}</source>
        <translation>Cada cuatro semanas, el {weekday} a las {time}</translation>
    </message>
    <message>
        <source>, with {therapist}</source>
        <translation>, con {therapist}</translation>
    </message>
    <message>
        <source>Remove the session: {session}</source>
        <translation>Quitar la sesión: {session}</translation>
    </message>
    <message>
        <source>Removed the session: {session}.</source>
        <translation>Sesión quitada: {session}.</translation>
    </message>
    <message>
        <source>Notes from this session</source>
        <translation>Notas de esta sesión</translation>
    </message>
    <message>
        <source>Notes from today&apos;s session</source>
        <translation>Notas de la sesión de hoy</translation>
    </message>
    <message>
        <source>Notes from {date}</source>
        <translation>Notas del {date}</translation>
    </message>
    <message>
        <source>Notes from the session: {session}</source>
        <translation>Notas de la sesión: {session}</translation>
    </message>
    <message>
        <source>Notes from the session on {date}: {session}</source>
        <translation>Notas de la sesión del {date}: {session}</translation>
    </message>
    <message>
        <source>Opens After your session, for what to remember and what to try.</source>
        <translation>Abre Después de tu sesión, para lo que quieres recordar y lo que quieres probar.</translation>
    </message>
    <message>
        <source>Skip the next session: {session}</source>
        <translation>Saltar la próxima sesión: {session}</translation>
    </message>
    <message>
        <source>No session on {date} this time.</source>
        <translation>Esta vez no hay sesión el {date}.</translation>
    </message>
    <message>
        <source>{date} at {time}</source>
        <translation>{date} a las {time}</translation>
    </message>
    <message>
        <source>{date}, time not set</source>
        <translation>{date}, sin hora fijada</translation>
    </message>
    <message>
        <source>Next: {date} at {time}</source>
        <translation>Próxima: {date} a las {time}</translation>
    </message>
    <message numerus="yes">
        <source>, %n minutes</source>
        <translation>
            <numerusform>, %n minuto</numerusform>
            <numerusform>, %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the session: {session}?</source>
        <translation>¿Quitar la sesión: {session}?</translation>
    </message>
    <message>
        <source>What you want to talk about and its notes are removed too.</source>
        <translation>Lo que anotaste de qué quieres hablar y sus notas se quitan también.</translation>
    </message>
    <message>
        <source>What you want to talk about is removed too.</source>
        <translation>Lo que anotaste de qué quieres hablar se quita también.</translation>
    </message>
    <message>
        <source>Its notes are removed too.</source>
        <translation>Sus notas se quitan también.</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar los cambios</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the changes</source>
        <translation>Cancelar los cambios</translation>
    </message>
    <message>
        <source>Leaves the session as it was, and the form empty for a new one.</source>
        <translation>Deja la sesión como estaba, y el formulario vacío para una nueva.</translation>
    </message>
    <message>
        <source>Save the changes to this session</source>
        <translation>Guardar los cambios de esta sesión</translation>
    </message>
    <message>
        <source>Keeps the changes; its notes and the dates you chose to skip stay with it.</source>
        <translation>Guarda los cambios; sus notas y las fechas que decidiste saltar siguen con ella.</translation>
    </message>
    <message>
        <source>That session is no longer in your list.</source>
        <translation>Esa sesión ya no está en tu lista.</translation>
    </message>
    <message>
        <source>Changed the session: {session}.</source>
        <translation>Sesión cambiada: {session}.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit the session: {session}</source>
        <translation>Editar la sesión: {session}</translation>
    </message>
    <message>
        <source>Puts it in the form above, to change its day, time or name.</source>
        <translation>La pone en el formulario de arriba, para cambiar su día, su hora o el nombre.</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Editando</translation>
    </message>
    <message>
        <source>Editing the session: {session}</source>
        <translation>Editando la sesión: {session}</translation>
    </message>
    <message>
        <source>It is in the form above: Save changes keeps what you change.</source>
        <translation>Está en el formulario de arriba: Guardar los cambios conserva lo que cambies.</translation>
    </message>
    <message>
        <source>Words you were writing are still here, not saved yet.</source>
        <translation>Las palabras que estabas escribiendo siguen aquí, aún sin guardar.</translation>
    </message>
    <message>
        <source>Open them</source>
        <translation>Abrirlas</translation>
    </message>
    <message>
        <source>Open the words you were writing</source>
        <translation>Abrir las palabras que estabas escribiendo</translation>
    </message>
    <message>
        <source>Puts them back in the form; words in it now are set aside.</source>
        <translation>Las vuelve a poner en el formulario; lo que tenga ahora queda apartado.</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Every change here is in use at once.</source>
        <translation>Cada cambio de aquí se aplica al momento.</translation>
    </message>
    <message>
        <source>Footholds settings</source>
        <translation>Ajustes de Footholds</translation>
    </message>
    <message>
        <source>Everything on the {page} page; each change applies at once.</source>
        <translation>Todo lo de la página {page}; cada cambio se aplica al momento.</translation>
    </message>
    <message>
        <source>Where your entries are kept, and ways to back up, restore, export or import them.</source>
        <translation>Dónde se guardan tus entradas, y cómo hacer copias de seguridad, recuperarlas, exportarlas o importarlas.</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Shows the page tabs further to the left.</source>
        <translation>Muestra las pestañas de páginas que quedan más a la izquierda.</translation>
    </message>
    <message>
        <source>Shows the page tabs further to the right.</source>
        <translation>Muestra las pestañas de páginas que quedan más a la derecha.</translation>
    </message>
    <message>
        <source>Reset this page to defaults</source>
        <translation>Volver a los valores iniciales de esta página</translation>
    </message>
    <message>
        <source>Reset {page} to defaults</source>
        <translation>Volver a los valores iniciales de {page}</translation>
    </message>
    <message>
        <source>Puts every setting on this page back to how it started, after asking; entries you already wrote keep their words.</source>
        <translation>Deja todos los ajustes de esta página como estaban al principio, tras preguntarte; las entradas que ya escribiste conservan sus palabras.</translation>
    </message>
    <message>
        <source>Put the settings on the “{page}” page back to how they started?</source>
        <translation>¿Dejar los ajustes de la página «{page}» como estaban al principio?</translation>
    </message>
    <message>
        <source>The “{page}” settings are back to how they started.</source>
        <translation>Los ajustes de «{page}» han vuelto al principio.</translation>
    </message>
    <message>
        <source>Your sessions stay.</source>
        <translation>Tus sesiones se quedan.</translation>
    </message>
    <message>
        <source>Your own numbers stay.</source>
        <translation>Tus números se quedan.</translation>
    </message>
    <message>
        <source>Your routine suggestions stay.</source>
        <translation>Tus sugerencias para la rutina se quedan.</translation>
    </message>
    <message>
        <source>Routine suggestions</source>
        <translation>Sugerencias para la rutina</translation>
    </message>
    <message>
        <source>Your own numbers</source>
        <translation>Tus números</translation>
    </message>
    <message>
        <source>Starting at login cannot be set up here: {reason}</source>
        <translation>Aquí no se puede arrancar al iniciar sesión: {reason}</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>No ha funcionado: {reason}</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Volver a los valores iniciales</translation>
    </message>
    <message>
        <source>Your sessions</source>
        <translation>Tus sesiones</translation>
    </message>
    <message>
        <source>Removed “{entry}”.</source>
        <translation>Se quitó «{entry}».</translation>
    </message>
    <message>
        <source>The feelings, wins and parts you added or renamed will be taken out of the lists; entries you already wrote keep their words.</source>
        <translation>Los sentimientos, logros y partes que añadiste o a los que cambiaste el nombre saldrán de las listas; las entradas que ya escribiste conservan sus palabras.</translation>
    </message>
    <message>
        <source>Reset this page</source>
        <translation>Restablecer esta página</translation>
    </message>
    <message>
        <source>Undo the reset</source>
        <translation>Deshacer la vuelta a los valores iniciales</translation>
    </message>
</context>
<context>
    <name>SetupOffers</name>
    <message>
        <source>Add to the app menu</source>
        <translation>Añadir al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Add Footholds to the app menu</source>
        <translation>Añadir Footholds al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Then you can start Footholds from your desktop&apos;s menu, without a terminal.</source>
        <translation>Así puedes abrir Footholds desde el menú de tu escritorio, sin una terminal.</translation>
    </message>
    <message>
        <source>Start when I log in</source>
        <translation>Abrir al iniciar sesión</translation>
    </message>
    <message>
        <source>Start Footholds when I log in</source>
        <translation>Abrir Footholds al iniciar sesión</translation>
    </message>
    <message>
        <source>Footholds starts quietly in the tray each time you log in.</source>
        <translation>Footholds se abre en silencio en la bandeja cada vez que inicias sesión.</translation>
    </message>
    <message>
        <source>In the app menu</source>
        <translation>En el menú de aplicaciones</translation>
    </message>
    <message>
        <source>Starts when you log in</source>
        <translation>Se abre al iniciar sesión</translation>
    </message>
    <message>
        <source>Footholds is in your app menu now.</source>
        <translation>Footholds ya está en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Footholds will start quietly when you log in.</source>
        <translation>Footholds se abrirá en silencio cuando inicies sesión.</translation>
    </message>
    <message>
        <source>That did not work: {reason}</source>
        <translation>No ha funcionado: {reason}</translation>
    </message>
</context>
<context>
    <name>ShownProof</name>
    <message>
        <source>An entry from your proof list</source>
        <translation>Algo que ya has superado</translation>
    </message>
    <message>
        <source>One time you got through, shown in the place of the list.</source>
        <translation>Una vez que saliste adelante, mostrada en el lugar de la lista.</translation>
    </message>
    <message>
        <source>&amp;Back to the list</source>
        <translation>&amp;Volver a la lista</translation>
    </message>
    <message>
        <source>Back to your whole list</source>
        <translation>Volver a tu lista completa</translation>
    </message>
    <message>
        <source>Puts your list back in the place of the entry shown.</source>
        <translation>Vuelve a poner tu lista en el lugar de la entrada que se muestra.</translation>
    </message>
</context>
<context>
    <name>SleepCard</name>
    <message>
        <source>Bed and wake times</source>
        <translation>Horas de acostarte y levantarte</translation>
    </message>
    <message>
        <source>Bed and wake times, week by week</source>
        <translation>Horas de acostarte y levantarte, semana a semana</translation>
    </message>
    <message>
        <source>Bed and wake times, night by night</source>
        <translation>Horas de acostarte y levantarte, noche a noche</translation>
    </message>
    <message>
        <source>The darker band is when you mostly went to bed, the lighter one when you got up. A steady rhythm is the point here, not the hours.</source>
        <translation>La franja más oscura es la hora a la que solías acostarte; la más clara, la hora a la que solías levantarte. Aquí importa un ritmo estable, no las horas.</translation>
    </message>
    <message>
        <source>The darker band is when you went to bed, the lighter one when you got up. A steady rhythm is the point here, not the hours.</source>
        <translation>La franja más oscura es cuando te acostaste; la más clara, cuando te levantaste. Aquí importa un ritmo estable, no las horas.</translation>
    </message>
    <message>
        <source>{days} ({nights}): to bed {bed}, up {up}</source>
        <translation>{days} ({nights}): a la cama {bed}, en pie {up}</translation>
    </message>
    <message>
        <source>Night of {days}: to bed {bed}, up {up}</source>
        <translation>Noche del {days}: a la cama {bed}, en pie {up}</translation>
    </message>
    <message numerus="yes">
        <source>%n nights</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>{early} and {late}</source>
        <translation>{early} y {late}</translation>
    </message>
    <message>
        <source>{early} to {late}</source>
        <translation>de {early} a {late}</translation>
    </message>
    <message>
        <source>mostly {times}</source>
        <translation>casi siempre {times}</translation>
    </message>
</context>
<context>
    <name>SleepQuestion</name>
    <message>
        <source>How did you sleep, roughly?</source>
        <translation>¿Cómo dormiste?</translation>
    </message>
    <message>
        <source>To bed</source>
        <translation>A la cama</translation>
    </message>
    <message>
        <source>Roughly when you went to bed.</source>
        <translation>Más o menos a qué hora te acostaste.</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>En pie</translation>
    </message>
    <message>
        <source>Roughly when you got up.</source>
        <translation>Más o menos a qué hora te levantaste.</translation>
    </message>
    <message>
        <source>How it was</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>poorly</source>
        <translation>mal</translation>
    </message>
    <message>
        <source>well</source>
        <translation>bien</translation>
    </message>
    <message>
        <source>&amp;Note it</source>
        <translation>&amp;Anotarlo</translation>
    </message>
    <message>
        <source>Note how I slept</source>
        <translation>Anotar cómo dormí</translation>
    </message>
    <message>
        <source>Keeps these times; asked once a morning.</source>
        <translation>Guarda estas horas; se pregunta una vez cada mañana.</translation>
    </message>
    <message>
        <source>Not &amp;today</source>
        <translation>&amp;Hoy no</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Puts the question away until tomorrow.</source>
        <translation>Guarda la pregunta hasta mañana.</translation>
    </message>
    <message>
        <source>Noted how you slept. Thank you.</source>
        <translation>Anotado cómo dormiste. Gracias.</translation>
    </message>
    <message>
        <source>All right, it can wait until tomorrow.</source>
        <translation>De acuerdo, puede esperar a mañana.</translation>
    </message>
</context>
<context>
    <name>SlowBreath</name>
    <message>
        <source>A slow breath</source>
        <translation>Una respiración lenta</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Show another way to breathe</source>
        <translation>Mostrar otra forma de respirar</translation>
    </message>
    <message>
        <source>Suggests a different slow breath.</source>
        <translation>Propone otra respiración lenta.</translation>
    </message>
    <message>
        <source>Breathe in slowly, and let the breath out longer.</source>
        <translation>Toma aire despacio y suéltalo más despacio todavía.</translation>
    </message>
</context>
<context>
    <name>TalkAbout</name>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to bring up at your session; it goes at the top of the summary. Optional.</source>
        <translation>Lo que te gustaría comentar en tu sesión; va al principio del resumen. Opcional.</translation>
    </message>
    <message>
        <source>Anything you&apos;d like to bring up: something that happened, a question, what you could use more help with.</source>
        <translation>Lo que te gustaría comentar: algo que pasó, una pregunta, aquello con lo que te vendría bien más ayuda.</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>The day of the session you are getting ready for.</source>
        <translation>El día de la sesión para la que te estás preparando.</translation>
    </message>
    <message>
        <source>Save for this session</source>
        <translation>Guardar para esta sesión</translation>
    </message>
    <message>
        <source>Save the session date and what to talk about</source>
        <translation>Guardar la fecha de la sesión y de qué hablar</translation>
    </message>
    <message>
        <source>Remembers the date, so your next summary starts from there.</source>
        <translation>Recuerda la fecha, para que tu próximo resumen empiece desde ahí.</translation>
    </message>
    <message>
        <source>Session on</source>
        <translation>Fecha de la sesión</translation>
    </message>
    <message>
        <source>Saving remembers the date, so your next summary starts from there.</source>
        <translation>Al guardar se recuerda la fecha, y tu próximo resumen empezará desde ahí.</translation>
    </message>
</context>
<context>
    <name>ThanksWords</name>
    <message>
        <source>Done. Your small win is noted.</source>
        <translation>Hecho. Tu pequeño logro está anotado.</translation>
    </message>
    <message>
        <source>Done. It could not be added to today&apos;s small wins just now.</source>
        <translation>Hecho. Ahora mismo no se ha podido sumar a los pequeños logros de hoy.</translation>
    </message>
    <message>
        <source>That tick could not be saved just now.</source>
        <translation>No se ha podido guardar la marca ahora mismo.</translation>
    </message>
    <message numerus="yes">
        <source>All right. It will come back in about %n minutes.</source>
        <translation>
            <numerusform>De acuerdo. Volverá dentro de %n minuto, más o menos.</numerusform>
            <numerusform>De acuerdo. Volverá dentro de unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>All right. It will come back at {time}.</source>
        <translation>De acuerdo. Volverá a las {time}.</translation>
    </message>
    <message numerus="yes">
        <source>All right. It will come back after your session, in about %n minutes.</source>
        <translation>
            <numerusform>De acuerdo. Volverá después de tu sesión, dentro de %n minuto, más o menos.</numerusform>
            <numerusform>De acuerdo. Volverá después de tu sesión, dentro de unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>All right. It will come back after your session, at {time}.</source>
        <translation>De acuerdo. Volverá después de tu sesión, a las {time}.</translation>
    </message>
    <message>
        <source>All right. It will come back {when}.</source>
        <translation>De acuerdo. Volverá {when}.</translation>
    </message>
    <message numerus="yes">
        <source>All right. It will come with your rest, in about %n minutes.</source>
        <translation>
            <numerusform>De acuerdo. Vendrá con tu descanso, dentro de %n minuto, más o menos.</numerusform>
            <numerusform>De acuerdo. Vendrá con tu descanso, dentro de unos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>All right. It will come with your rest, at {time}.</source>
        <translation>De acuerdo. Vendrá con tu descanso, a las {time}.</translation>
    </message>
    <message>
        <source>All right. It will come with your rest, {when}.</source>
        <translation>De acuerdo. Vendrá con tu descanso, {when}.</translation>
    </message>
</context>
<context>
    <name>ThoughtLogWindow</name>
    <message>
        <source>A calmer look at a thought that weighs on you, one step at a time.</source>
        <translation>Una mirada más tranquila a un pensamiento que te pesa, paso a paso.</translation>
    </message>
    <message>
        <source>Thought log</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>Past thoughts</source>
        <translation>Pensamientos anteriores</translation>
    </message>
    <message>
        <source>Thoughts you worked through before; choose one to read or change it.</source>
        <translation>Pensamientos que trabajaste antes; elige uno para leerlo o cambiarlo.</translation>
    </message>
    <message>
        <source>Thoughts you work through will be kept here.</source>
        <translation>Aquí se guardan los pensamientos que vayas trabajando.</translation>
    </message>
    <message>
        <source>New thought</source>
        <translation>Nuevo pensamiento</translation>
    </message>
    <message>
        <source>Start a new thought</source>
        <translation>Empezar un pensamiento nuevo</translation>
    </message>
    <message>
        <source>Keeps what you were writing and opens a fresh page.</source>
        <translation>Guarda lo que estabas escribiendo y abre una página nueva.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen thought</source>
        <translation>Quitar el pensamiento elegido</translation>
    </message>
    <message>
        <source>Takes it off the list after asking; you can undo it for a few seconds.</source>
        <translation>Lo quita de la lista tras preguntarte; puedes deshacerlo durante unos segundos.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Atrás</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Goes to the page before; nothing is lost.</source>
        <translation>Va a la página anterior; no se pierde nada.</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Siguiente</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Goes on to the next step.</source>
        <translation>Pasa al siguiente paso.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save this thought log</source>
        <translation>Guardar este registro de pensamientos</translation>
    </message>
    <message>
        <source>Keeps what you wrote so far; you can come back to it later.</source>
        <translation>Guarda lo que has escrito hasta ahora; puedes volver a ello más tarde.</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Start by writing the thought, in any words.</source>
        <translation>Empieza escribiendo el pensamiento, con las palabras que sea.</translation>
    </message>
    <message>
        <source>Step {i} of {n}</source>
        <translation>Paso {i} de {n}</translation>
    </message>
    <message>
        <source>You believed it {n} in 100.</source>
        <translation>Te lo creías {n} de 100.</translation>
    </message>
    <message>
        <source>believed {before} → {after} in 100</source>
        <translation>creído {before} → {after} de 100</translation>
    </message>
    <message>
        <source>Remove this thought log from {day}?</source>
        <translation>¿Quitar este registro de pensamientos del {day}?</translation>
    </message>
    <message>
        <source>Remove this thought log from today?</source>
        <translation>¿Quitar este registro de pensamientos de hoy?</translation>
    </message>
    <message>
        <source>Remove this thought log from yesterday?</source>
        <translation>¿Quitar este registro de pensamientos de ayer?</translation>
    </message>
    <message>
        <source>Thought log removed.</source>
        <translation>Registro de pensamientos quitado.</translation>
    </message>
    <message>
        <source>A thought, with room for a kinder view</source>
        <translation>Un pensamiento, con espacio para una mirada más amable</translation>
    </message>
    <message>
        <source>If the thought is about ending your life or hurting yourself, Get help now is here.</source>
        <translation>Si el pensamiento es sobre quitarte la vida o hacerte daño, Ayuda ahora está aquí.</translation>
    </message>
    <message>
        <source>The thought log page</source>
        <translation>La página del registro de pensamientos</translation>
    </message>
    <message>
        <source>The step you are on; it scrolls when the step is long.</source>
        <translation>El paso en el que estás; se desplaza cuando el paso es largo.</translation>
    </message>
</context>
<context>
    <name>ThoughtPages</name>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>The thought that is bothering you, in the words it comes in.</source>
        <translation>El pensamiento que te inquieta, con las palabras en que te llega.</translation>
    </message>
    <message>
        <source>Write it just as it sounds.</source>
        <translation>Escríbelo tal como suena.</translation>
    </message>
    <message>
        <source>How much do you believe it right now?</source>
        <translation>¿Cuánto te lo crees ahora mismo?</translation>
    </message>
    <message>
        <source>What is the thought?</source>
        <translation>¿Cuál es el pensamiento?</translation>
    </message>
    <message>
        <source>Your answer, in your own words.</source>
        <translation>Tu respuesta, con tus palabras.</translation>
    </message>
    <message>
        <source>A kinder, more balanced view</source>
        <translation>Una mirada más amable y equilibrada</translation>
    </message>
    <message>
        <source>Looking at the first thought again: how much now?</source>
        <translation>Mirando de nuevo el primer pensamiento: ¿cuánto ahora?</translation>
    </message>
    <message>
        <source>In your own words. Fairer is enough; it doesn&apos;t have to be cheerful.</source>
        <translation>Con tus palabras. Basta con que sea más justo; no tiene que ser alegre.</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>Trampas del pensamiento</translation>
    </message>
    <message>
        <source>Tick any that fit this thought, or none.</source>
        <translation>Marca las que encajen con este pensamiento, o ninguna.</translation>
    </message>
    <message>
        <source>Thoughts often follow well-worn paths. Tick any that fit, or none.</source>
        <translation>Los pensamientos suelen seguir caminos muy trillados. Marca los que encajen, o ninguno.</translation>
    </message>
    <message>
        <source>Does it fall into a thinking trap?</source>
        <translation>¿Cae en alguna trampa del pensamiento?</translation>
    </message>
    <message>
        <source>It eased from {before} to {after}. That was your doing.</source>
        <translation>Bajó de {before} a {after}. Eso lo lograste tú.</translation>
    </message>
</context>
<context>
    <name>ThoughtQuote</name>
    <message>
        <source>The thought you are working on</source>
        <translation>El pensamiento con el que estás trabajando</translation>
    </message>
    <message>
        <source>Its first lines; Show all shows the rest here, scrolling when it is long.</source>
        <translation>Sus primeras líneas; Mostrar todo enseña aquí el resto, con desplazamiento si es largo.</translation>
    </message>
    <message>
        <source>Your thought</source>
        <translation>Tu pensamiento</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Mostrar todo</translation>
    </message>
    <message>
        <source>Show all of the thought</source>
        <translation>Mostrar el pensamiento completo</translation>
    </message>
    <message>
        <source>Shows the whole thought here; the step stays where it is.</source>
        <translation>Muestra aquí el pensamiento completo; el paso se queda donde está.</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show less of the thought</source>
        <translation>Mostrar menos del pensamiento</translation>
    </message>
    <message>
        <source>Shows only the first lines of the thought again.</source>
        <translation>Vuelve a mostrar solo las primeras líneas del pensamiento.</translation>
    </message>
</context>
<context>
    <name>TodayCheckins</name>
    <message>
        <source>&amp;Took my medication</source>
        <translation>&amp;Tomé mi medicación</translation>
    </message>
    <message>
        <source>I took my medication today</source>
        <translation>Hoy tomé mi medicación</translation>
    </message>
    <message>
        <source>A private tick for today; untick it any time.</source>
        <translation>Una marca privada para hoy; puedes quitarla cuando quieras.</translation>
    </message>
    <message>
        <source>A short questionnaire is here if you would like one. No rush, and no need.</source>
        <translation>Aquí tienes un cuestionario breve, si quieres. Sin prisa, y sin obligación.</translation>
    </message>
    <message>
        <source>Open the &amp;questionnaire</source>
        <translation>&amp;Abrir el cuestionario</translation>
    </message>
    <message>
        <source>Open the PHQ-9 and GAD-7 questionnaire</source>
        <translation>Abrir los cuestionarios PHQ-9 y GAD-7</translation>
    </message>
    <message>
        <source>Standard questions about the last two weeks, whenever you want them.</source>
        <translation>Preguntas estándar sobre las dos últimas semanas, cuando las quieras.</translation>
    </message>
</context>
<context>
    <name>TodayWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Today&apos;s date</source>
        <translation>La fecha de hoy</translation>
    </message>
    <message>
        <source>The next small doable thing</source>
        <translation>Lo siguiente pequeño que puedes hacer</translation>
    </message>
    <message>
        <source>I did the next small thing</source>
        <translation>He hecho lo siguiente pequeño</translation>
    </message>
    <message>
        <source>&amp;Done it</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>You showed up for yourself today. That counts.</source>
        <translation>Hoy has estado ahí para ti. Eso cuenta.</translation>
    </message>
    <message>
        <source>Ticking one thing, or noting how you are, counts as showing up.</source>
        <translation>Marcar una cosa, o anotar cómo estás, ya cuenta como estar aquí.</translation>
    </message>
    <message>
        <source>Nothing waiting. That&apos;s allowed.</source>
        <translation>Nada pendiente. Y está bien.</translation>
    </message>
    <message>
        <source>If you like, break something down below.</source>
        <translation>Si quieres, divide algo en pasos aquí abajo.</translation>
    </message>
    <message>
        <source>From “{title}”</source>
        <translation>De «{title}»</translation>
    </message>
    <message>
        <source>Your next small thing, your three for today, what you planned and your goals, in one page.</source>
        <translation>Lo siguiente pequeño, tus tres de hoy, lo que planeaste y tus objetivos, en una sola página.</translation>
    </message>
    <message>
        <source>One small thing at a time.</source>
        <translation>Una cosa pequeña cada vez.</translation>
    </message>
    <message>
        <source>Done. That is a win.</source>
        <translation>Hecho. Eso es un logro.</translation>
    </message>
</context>
<context>
    <name>ToughDayWindow</name>
    <message>
        <source>Tough day</source>
        <translation>Día difícil</translation>
    </message>
    <message>
        <source>Your proof list is safe, only locked for now; it shows here again once Footholds is unlocked.</source>
        <translation>Lo que ya has superado está a salvo, solo bloqueado por ahora; vuelve a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Your proof list and the people you trust are safe, only locked for now; they show here again once Footholds is unlocked.</source>
        <translation>Lo que ya has superado y tus personas de confianza están a salvo, solo bloqueados por ahora; vuelven a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Your proof list and your one small thing for today are safe, only locked for now; they show here again once Footholds is unlocked.</source>
        <translation>Lo que ya has superado y tu cosa pequeña para hoy están a salvo, solo bloqueados por ahora; vuelven a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Your proof list, your one small thing for today and the people you trust are safe, only locked for now; they show here again once Footholds is unlocked.</source>
        <translation>Lo que ya has superado, tu cosa pequeña para hoy y tus personas de confianza están a salvo, solo bloqueados por ahora; vuelven a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Ayuda ahora</translation>
    </message>
    <message>
        <source>Open Get help now</source>
        <translation>Abrir Ayuda ahora</translation>
    </message>
    <message>
        <source>Opens crisis lines and your own numbers, for when you need someone now.</source>
        <translation>Abre las líneas de crisis y tus números, para cuando necesites a alguien ya.</translation>
    </message>
    <message>
        <source>This is a hard day. You don&apos;t have to fix it.</source>
        <translation>Hoy es un día difícil. No tienes que arreglarlo.</translation>
    </message>
    <message>
        <source>Take what helps from here and leave the rest. Nothing needs filling in.</source>
        <translation>Toma de aquí lo que te ayude y deja el resto. No hace falta rellenar nada.</translation>
    </message>
    <message>
        <source>How does it feel right now?</source>
        <translation>¿Cómo te sientes ahora mismo?</translation>
    </message>
    <message>
        <source>Something to hold on to</source>
        <translation>Algo a lo que agarrarte</translation>
    </message>
    <message>
        <source>One small thing for today</source>
        <translation>Una cosa pequeña para hoy</translation>
    </message>
    <message>
        <source>A small movement (lying down is fine)</source>
        <translation>Un pequeño movimiento (sin levantarte también sirve)</translation>
    </message>
    <message>
        <source>People you trust</source>
        <translation>Personas de confianza</translation>
    </message>
    <message>
        <source>Come back to right here: 5-4-3-2-1</source>
        <translation>Vuelve al aquí y ahora: 5-4-3-2-1</translation>
    </message>
    <message>
        <source>Your safety plan</source>
        <translation>Tu plan de seguridad</translation>
    </message>
    <message>
        <source>Things that can help on a hard day</source>
        <translation>Cosas que pueden ayudar en un día difícil</translation>
    </message>
    <message>
        <source>Take what helps and leave the rest; the crisis lines stay in view below.</source>
        <translation>Toma lo que te ayude y deja el resto; las líneas de crisis siguen a la vista abajo.</translation>
    </message>
    <message>
        <source>A slow breath</source>
        <translation>Una respiración lenta</translation>
    </message>
    <message>
        <source>A movement lying down</source>
        <translation>Un movimiento sin levantarte</translation>
    </message>
    <message>
        <source>One small thing</source>
        <translation>Una cosa pequeña</translation>
    </message>
    <message>
        <source>One person</source>
        <translation>Una persona</translation>
    </message>
    <message>
        <source>&amp;More that can help</source>
        <translation>&amp;Más cosas que pueden ayudar</translation>
    </message>
    <message>
        <source>Show more that can help</source>
        <translation>Mostrar más cosas que pueden ayudar</translation>
    </message>
    <message>
        <source>Naming how it feels, something to hold on to, grounding, your safety plan.</source>
        <translation>Poner nombre a lo que sientes, algo a lo que agarrarte, volver al aquí y ahora, tu plan de seguridad.</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Show &amp;less</source>
        <translation>Mostrar &amp;menos</translation>
    </message>
    <message>
        <source>Help, always here</source>
        <translation>Ayuda, siempre aquí</translation>
    </message>
</context>
<context>
    <name>TrustedPeople</name>
    <message>
        <source>Your own message for them is locked for now and shows here again once Footholds is unlocked. Meanwhile, a ready one:</source>
        <translation>Tu propio mensaje para esta persona está bloqueado por ahora y vuelve a aparecer aquí en cuanto desbloquees Footholds. Mientras tanto, uno ya preparado:</translation>
    </message>
    <message>
        <source>No one is listed here yet. Even one person you could send a short message to can make a hard day a little lighter.</source>
        <translation>Aún no hay nadie aquí. Incluso una sola persona a la que enviar un mensaje corto puede hacer un día difícil un poco más ligero.</translation>
    </message>
    <message>
        <source>Your list of people is safe, only locked for now; it shows here again once Footholds is unlocked.</source>
        <translation>Tu lista de personas está a salvo, solo bloqueada por ahora; vuelve a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Your own message for them is safe, only locked for now.</source>
        <translation>Tu propio mensaje para esta persona está a salvo, solo bloqueado por ahora.</translation>
    </message>
    <message>
        <source>What you wrote yourself shows here again once Footholds is unlocked.</source>
        <translation>Lo que escribiste tú vuelve a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Any messages you wrote for them are safe, only locked for now; they show here again once Footholds is unlocked.</source>
        <translation>Los mensajes que hayas escrito para estas personas están a salvo, solo bloqueados por ahora; vuelven a aparecer aquí en cuanto desbloquees Footholds.</translation>
    </message>
    <message>
        <source>Add someone</source>
        <translation>Añadir a alguien</translation>
    </message>
    <message>
        <source>Add someone you trust</source>
        <translation>Añadir a alguien de confianza</translation>
    </message>
    <message>
        <source>Lets you write down someone you could send a short message to.</source>
        <translation>Te deja anotar a alguien a quien podrías enviar un mensaje corto.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Their name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>A name or a nickname is enough.</source>
        <translation>Basta con un nombre o un apodo.</translation>
    </message>
    <message>
        <source>How to reach them (optional)</source>
        <translation>Cómo contactar (opcional)</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar</translation>
    </message>
    <message>
        <source>For example a text message, or a call after six. Optional.</source>
        <translation>Por ejemplo, un mensaje o una llamada después de las seis. Opcional.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save this person</source>
        <translation>Guardar a esta persona</translation>
    </message>
    <message>
        <source>Keeps them in your list of people.</source>
        <translation>Guarda a esta persona en tu lista.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Deshacer el borrado</translation>
    </message>
    <message>
        <source>Puts back what you just removed, just as it was.</source>
        <translation>Devuelve lo que acabas de quitar, tal como estaba.</translation>
    </message>
    <message>
        <source>Remove?</source>
        <translation>¿Quitar?</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Mantener</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Keeping your new passphrase…</source>
        <translation>Guardando tu nueva frase de contraseña…</translation>
    </message>
    <message>
        <source>Opening your entries…</source>
        <translation>Abriendo tus entradas…</translation>
    </message>
    <message>
        <source>Opens your entries until Footholds locks again or closes.</source>
        <translation>Abre tus entradas hasta que Footholds vuelva a bloquearse o se cierre.</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Type the new passphrase once more, to be sure it is the one you meant.</source>
        <translation>Escribe la nueva frase de contraseña una vez más, para estar seguro de que es la que querías.</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>¿La olvidaste? Usa la clave de recuperación</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Closes this; your entries stay locked. Quick log still saves.</source>
        <translation>Cierra esto; tus entradas siguen bloqueadas. El registro rápido sigue guardando.</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Elige una nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Closes this; your entries stay open and your passphrase stays as it was.</source>
        <translation>Cierra esto; tus entradas siguen abiertas y tu frase de contraseña sigue siendo la de antes.</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least 8 characters.</source>
        <translation>Elige una frase de contraseña de al menos 8 caracteres.</translation>
    </message>
    <message>
        <source>Please choose a passphrase with words in it, not only spaces.</source>
        <translation>Elige una frase de contraseña con palabras, no solo espacios.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Please type your new passphrase again in both fields.</source>
        <translation>Las dos frases de contraseña no coinciden. Vuelve a escribir tu nueva frase de contraseña en los dos campos.</translation>
    </message>
    <message>
        <source>Your recovery key worked and your entries are open. Choose a new passphrase of at least 8 characters for next time; your recovery key stays the same. Not now keeps your old passphrase: next time, it or the recovery key opens them.</source>
        <translation>Tu clave de recuperación ha funcionado y tus entradas están abiertas. Elige una nueva frase de contraseña de al menos 8 caracteres para la próxima vez; tu clave de recuperación sigue siendo la misma. «Ahora no» mantiene tu frase de contraseña de antes: la próxima vez las abrirá ella o la clave de recuperación.</translation>
    </message>
    <message>
        <source>Save passphrase</source>
        <translation>Guardar la frase de contraseña</translation>
    </message>
    <message>
        <source>Keeps the new passphrase for next time; your entries are open already.</source>
        <translation>Guarda la nueva frase de contraseña para la próxima vez; tus entradas ya están abiertas.</translation>
    </message>
    <message>
        <source>The new passphrase could not be saved: {reason}</source>
        <translation>No se pudo guardar la nueva frase de contraseña: {reason}</translation>
    </message>
    <message>
        <source>What you type opens your entries on this computer.</source>
        <translation>Lo que escribes abre tus entradas en este equipo.</translation>
    </message>
    <message>
        <source>Switches between your passphrase and the recovery key you wrote down.</source>
        <translation>Cambia entre tu frase de contraseña y la clave de recuperación que anotaste.</translation>
    </message>
    <message>
        <source>Your entries are locked</source>
        <translation>Tus entradas están bloqueadas</translation>
    </message>
    <message>
        <source>Type your passphrase to open them.</source>
        <translation>Escribe tu frase de contraseña para abrirlas.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>Shows the crisis lines; they need no passphrase.</source>
        <translation>Muestra las líneas de crisis; no necesitan frase de contraseña.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or saved.</source>
        <translation>Escribe la clave de recuperación que anotaste o guardaste.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Usar la frase de contraseña</translation>
    </message>
    <message>
        <source>That recovery key does not match. Spaces, dashes and capitals do not matter; please check each letter and try again.</source>
        <translation>Esa clave de recuperación no coincide. Los espacios, los guiones y las mayúsculas no importan; revisa cada letra e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>That passphrase does not open your entries. Please try again.</source>
        <translation>Esa frase de contraseña no abre tus entradas. Inténtalo de nuevo.</translation>
    </message>
</context>
<context>
    <name>UnreadKept</name>
    <message>
        <source>Words from another version are kept.</source>
        <translation>Palabras guardadas de otra versión.</translation>
    </message>
    <message>
        <source>Some words you were writing were kept by another version of Footholds and can&apos;t go back into this form. They stay kept, not lost.</source>
        <translation>Algunas palabras que estabas escribiendo las guardó otra versión de Footholds y no pueden volver a este formulario. Siguen guardadas, no se pierden.</translation>
    </message>
    <message>
        <source>Copy the kept words</source>
        <translation>Copiar las palabras guardadas</translation>
    </message>
</context>
<context>
    <name>WelcomeBack</name>
    <message>
        <source>Welcome back.</source>
        <translation>Hola de nuevo.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Some of your latest entries can&apos;t be saved to disk yet ({reason}). If Footholds closes now they will be lost.

Try again. Or keep Footholds open: it saves them by itself once it can.</source>
        <translation>Algunas de tus últimas entradas aún no se pueden guardar en el disco ({reason}). Si Footholds se cierra ahora, se perderán.

Vuelve a intentarlo. O mantén Footholds abierto: las guardará por sí solo en cuanto pueda.</translation>
    </message>
    <message>
        <source>Some of your latest entries can&apos;t be saved yet, because the data folder can&apos;t be written to. If Footholds closes now they will be lost.

Once the data folder can be written to again, try again. Or keep Footholds open: it saves them by itself once it can.</source>
        <translation>Algunas de tus últimas entradas aún no se pueden guardar, porque no se puede escribir en la carpeta de datos. Si Footholds se cierra ahora, se perderán.

Cuando se pueda volver a escribir en la carpeta de datos, vuelve a intentarlo. O mantén Footholds abierto: las guardará por sí solo en cuanto pueda.</translation>
    </message>
    <message>
        <source>Some of your latest entries can&apos;t be saved to disk yet (is the disk full?). If Footholds closes now they will be lost.

Free some space and try again. Or keep Footholds open: it saves them by itself once there is room.</source>
        <translation>Algunas de tus últimas entradas aún no se pueden guardar en el disco (¿está lleno?). Si Footholds se cierra ahora, se perderán.

Libera algo de espacio y vuelve a intentarlo. O mantén Footholds abierto: las guardará por sí solo en cuanto haya sitio.</translation>
    </message>
    <message>
        <source>The words you were writing can&apos;t be kept for next time yet. If Footholds closes now they will be lost.

Try again, or keep Footholds open and they stay in their windows.</source>
        <translation>Las palabras que estabas escribiendo aún no se pueden guardar para la próxima vez. Si Footholds se cierra ahora, se perderán.

Vuelve a intentarlo, o mantén Footholds abierto y seguirán en sus ventanas.</translation>
    </message>
</context>
<context>
    <name>checkin</name>
    <message>
        <source>Check-in summary</source>
        <translation>Resumen para la sesión</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>Del {first} al {last}</translation>
    </message>
    <message>
        <source>put together on {day}</source>
        <translation>preparado el {day}</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>Feelings and energy</source>
        <translation>Sentimientos y energía</translation>
    </message>
    <message>
        <source>What set things off</source>
        <translation>Qué me removió</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Lo que probé</translation>
    </message>
    <message>
        <source>What helped, even a little (most often first)</source>
        <translation>Lo que ayudó, aunque fuera un poco (primero lo más frecuente)</translation>
    </message>
    <message>
        <source>Parts of me that were loud</source>
        <translation>Partes de mí que se hacían oír</translation>
    </message>
    <message>
        <source>Thoughts I worked through</source>
        <translation>Pensamientos que trabajé</translation>
    </message>
    <message>
        <source>Small wins and movement</source>
        <translation>Pequeños logros y movimiento</translation>
    </message>
    <message>
        <source>Added to my proof list</source>
        <translation>Nuevo en lo que ya he superado</translation>
    </message>
    <message>
        <source>Nothing noted here for these days.</source>
        <translation>Nada anotado aquí en estos días.</translation>
    </message>
    <message>
        <source>Energy each day, from 1 (very low) to 5 (plenty); · means no entry.</source>
        <translation>Energía de cada día, de 1 (muy poca) a 5 (mucha); · indica un día sin nada anotado.</translation>
    </message>
    <message>
        <source>Energy each week, from 1 (very low) to 5 (plenty); · means no entry.</source>
        <translation>Energía de cada semana, de 1 (muy poca) a 5 (mucha); · indica una semana sin nada anotado.</translation>
    </message>
    <message>
        <source>Energy each day, from 1 (very low) to 5 (plenty).</source>
        <translation>Energía de cada día, de 1 (muy poca) a 5 (mucha).</translation>
    </message>
    <message>
        <source>Energy each week, from 1 (very low) to 5 (plenty).</source>
        <translation>Energía de cada semana, de 1 (muy poca) a 5 (mucha).</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Semana del</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Feelings named most often</source>
        <translation>Sentimientos nombrados más a menudo</translation>
    </message>
    <message>
        <source>Also named: {named}</source>
        <translation>Otros sentimientos nombrados: {named}</translation>
    </message>
    <message>
        <source>once</source>
        <translation>una vez</translation>
    </message>
    <message>
        <source>A kinder view</source>
        <translation>Una mirada más amable</translation>
    </message>
    <message>
        <source>How much I believed it</source>
        <translation>Cuánto me lo creía</translation>
    </message>
    <message>
        <source>{before} before, {after} after</source>
        <translation>{before} antes, {after} después</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>Trampas del pensamiento</translation>
    </message>
    <message>
        <source>Movements done: {n}</source>
        <translation>Movimientos hechos: {n}</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>A chart of energy and feelings over these days</source>
        <translation>Un gráfico de la energía y los sentimientos de estos días</translation>
    </message>
    <message>
        <source>My last session was today.</source>
        <translation>Mi última sesión fue hoy.</translation>
    </message>
    <message>
        <source>From my last session</source>
        <translation>De mi última sesión</translation>
    </message>
    <message>
        <source>What I wanted to remember</source>
        <translation>Lo que quería recordar</translation>
    </message>
    <message>
        <source>Something to try</source>
        <translation>Algo para probar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Lo que funcionó</translation>
    </message>
    <message>
        <source>What didn&apos;t</source>
        <translation>Lo que no funcionó</translation>
    </message>
    <message>
        <source>What I did, and how it felt</source>
        <translation>Lo que hice y cómo me sentí</translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation>Sueño</translation>
    </message>
    <message>
        <source>mood {before} before, {after} after</source>
        <translation>ánimo {before} antes, {after} después</translation>
    </message>
    <message>
        <source>mood {before} before</source>
        <translation>ánimo {before} antes</translation>
    </message>
    <message>
        <source>mood {after} after</source>
        <translation>ánimo {after} después</translation>
    </message>
    <message>
        <source>Mood from 1 (very low) to 5 (good).</source>
        <translation>Ánimo del 1 (muy bajo) al 5 (bueno).</translation>
    </message>
    <message>
        <source>To bed</source>
        <translation>Me acosté</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Me levanté</translation>
    </message>
    <message>
        <source>mostly {times}</source>
        <translation>casi siempre {times}</translation>
    </message>
    <message>
        <source>{early} and {late}</source>
        <translation>{early} y {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n nights</source>
        <translation>
            <numerusform>%n noche</numerusform>
            <numerusform>%n noches</numerusform>
        </translation>
    </message>
    <message>
        <source>{days} ({nights})</source>
        <translation>{days} ({nights})</translation>
    </message>
    <message>
        <source>Night of {days}</source>
        <translation>Noche del {days}</translation>
    </message>
    <message>
        <source>How it was (1 to 5)</source>
        <translation>Cómo fue (del 1 al 5)</translation>
    </message>
    <message>
        <source>{early} to {late}</source>
        <translation>de {early} a {late}</translation>
    </message>
    <message numerus="yes">
        <source>%n times</source>
        <translation>
            <numerusform>%n vez</numerusform>
            <numerusform>%n veces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>on %n days</source>
        <translation>
            <numerusform>en %n día</numerusform>
            <numerusform>en %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days since my last session, on {day}.</source>
        <translation>
            <numerusform>%n día desde mi última sesión, el {day}.</numerusform>
            <numerusform>%n días desde mi última sesión, el {day}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>checkin_extras</name>
    <message>
        <source>Medication</source>
        <translation>Medicación</translation>
    </message>
    <message>
        <source>{name}: {dose}</source>
        <translation>{name}: {dose}</translation>
    </message>
    <message>
        <source>from {day}: {dose}</source>
        <translation>desde el {day}: {dose}</translation>
    </message>
    <message>
        <source>Questionnaires (PHQ-9 and GAD-7)</source>
        <translation>Cuestionarios (PHQ-9 y GAD-7)</translation>
    </message>
    <message>
        <source>Totals over time</source>
        <translation>Totales a lo largo del tiempo</translation>
    </message>
    <message>
        <source>{form} on {day}: {total} (scale 0 to {most})</source>
        <translation>{form} el {day}: {total} (escala de 0 a {most})</translation>
    </message>
    <message>
        <source>{form} on {day}: no total, as a total needs every item answered</source>
        <translation>{form} el {day}: sin total, porque un total necesita todas las preguntas respondidas</translation>
    </message>
    <message>
        <source>{form}, {day}, item by item</source>
        <translation>{form}, {day}, pregunta por pregunta</translation>
    </message>
    <message>
        <source>left blank</source>
        <translation>en blanco</translation>
    </message>
    <message>
        <source>How difficult</source>
        <translation>Qué tan difícil</translation>
    </message>
    <message>
        <source>Each total is a snapshot of the two weeks before that day, not a diagnosis.</source>
        <translation>Cada total es una instantánea de las dos semanas anteriores a ese día, no un diagnóstico.</translation>
    </message>
    <message numerus="yes">
        <source>Ticked &quot;took my medication&quot; on %n days in this stretch.</source>
        <translation>
            <numerusform>Marqué «tomé mi medicación» %n día en este periodo.</numerusform>
            <numerusform>Marqué «tomé mi medicación» %n días en este periodo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>components</name>
    <message>
        <source>Up to {limit} characters fit here.</source>
        <translation>Aquí caben hasta {limit} caracteres.</translation>
    </message>
    <message>
        <source>{typed} isn&apos;t a time. Try one like 9:30 or 21:00.</source>
        <translation>{typed} no es una hora. Prueba con una como 9:30 o 21:00.</translation>
    </message>
    <message>
        <source>Up to {limit} characters fit here; the rest was left out.</source>
        <translation>Caben {limit} caracteres; el resto se ha quedado fuera.</translation>
    </message>
</context>
<context>
    <name>desktop entry</name>
    <message>
        <source>Wellbeing Companion</source>
        <translation>Compañía para el bienestar</translation>
    </message>
    <message>
        <source>Gentle reminders to move and rest, and a quiet place to note how you are doing</source>
        <translation>Recordatorios suaves para moverte y descansar, y un lugar tranquilo para anotar cómo estás</translation>
    </message>
    <message>
        <source>Gentle reminders to move and rest</source>
        <translation>Recordatorios suaves para moverte y descansar</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Some of your latest entries can&apos;t be saved anywhere on this computer yet, because the disk refused the write ({reason}). Footholds is staying open so they are not lost. Once the disk takes writes again, try again.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar en ningún lugar de este equipo, porque el disco rechazó la escritura ({reason}). Footholds sigue abierto para que no se pierdan. Cuando el disco vuelva a aceptar escrituras, vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Some of your latest entries can&apos;t be saved anywhere on this computer yet, because the data folder can&apos;t be written to. Footholds is staying open so they are not lost. Once the data folder can be written to again, try again.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar en ningún lugar de este equipo, porque no se puede escribir en la carpeta de datos. Footholds sigue abierto para que no se pierdan. Cuando se pueda volver a escribir en la carpeta de datos, vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Some of your latest entries can&apos;t be saved anywhere on this computer yet, because the disk is full. Footholds is staying open so they are not lost. Free some space, then try again.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar en ningún lugar de este equipo, porque el disco está lleno. Footholds sigue abierto para que no se pierdan. Libera algo de espacio y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to disk because the disk is full. Your entry is kept safely in memory and will be saved as soon as writing works again.</source>
        <translation>No se pudo guardar en el disco porque está lleno. Tu entrada está a salvo en la memoria y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to disk because the data folder can&apos;t be written to. Your entry is kept safely in memory and will be saved as soon as writing works again.</source>
        <translation>No se pudo guardar en el disco porque no se puede escribir en la carpeta de datos. Tu entrada está a salvo en la memoria y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to disk because {file} is not a file. Your entry is kept safely in memory and will be saved as soon as writing works again.</source>
        <translation>No se pudo guardar en el disco porque {file} no es un archivo. Tu entrada está a salvo en la memoria y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Couldn&apos;t save to disk because the disk refused the write ({reason}). Your entry is kept safely in memory and will be saved as soon as writing works again.</source>
        <translation>No se pudo guardar en el disco porque el disco rechazó la escritura ({reason}). Tu entrada está a salvo en la memoria y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Some of your latest entries still can&apos;t be saved because the disk is full. They are only in memory: if Footholds closes now they will be lost. Freeing some space and trying again will save them.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar porque el disco está lleno. Solo están en la memoria: si Footholds se cierra ahora, se perderán. Si liberas algo de espacio y vuelves a intentarlo, se guardarán.</translation>
    </message>
    <message>
        <source>Some of your latest entries still can&apos;t be saved because the data folder can&apos;t be written to. They are only in memory: if Footholds closes now they will be lost. Once the data folder can be written to again, trying again will save them.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar porque no se puede escribir en la carpeta de datos. Solo están en la memoria: si Footholds se cierra ahora, se perderán. Cuando se pueda volver a escribir en la carpeta de datos y lo intentes de nuevo, se guardarán.</translation>
    </message>
    <message>
        <source>Some of your latest entries still can&apos;t be saved because {file} is not a file. They are only in memory: if Footholds closes now they will be lost. Moving it out of the way and trying again will save them.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar porque {file} no es un archivo. Solo están en la memoria: si Footholds se cierra ahora, se perderán. Si lo quitas de en medio y vuelves a intentarlo, se guardarán.</translation>
    </message>
    <message>
        <source>Some of your latest entries still can&apos;t be saved because the disk refused the write ({reason}). They are only in memory: if Footholds closes now they will be lost. Once the disk takes writes again, trying again will save them.</source>
        <translation>Algunas de tus últimas entradas todavía no se pueden guardar porque el disco rechazó la escritura ({reason}). Solo están en la memoria: si Footholds se cierra ahora, se perderán. Cuando el disco vuelva a aceptar escrituras y lo intentes de nuevo, se guardarán.</translation>
    </message>
    <message>
        <source>The disk is full, so Footholds can&apos;t save for now. What you add is kept in memory and will be saved as soon as writing works again.</source>
        <translation>El disco está lleno, así que Footholds no puede guardar por ahora. Lo que añadas está a salvo en la memoria y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Footholds&apos; data folder can&apos;t be written to, so it can&apos;t save for now. What you add is kept in memory and will be saved as soon as writing works again.</source>
        <translation>No se puede escribir en la carpeta de datos de Footholds, así que no puede guardar por ahora. Lo que añadas está a salvo en la memoria y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>Footholds opened your entries for reading only.</source>
        <translation>Footholds abrió tus entradas solo para leerlas.</translation>
    </message>
    <message>
        <source>Footholds can&apos;t use its data folder ({folder}): {reason}. Nothing was deleted.</source>
        <translation>Footholds no puede usar su carpeta de datos ({folder}): {reason}. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>Footholds can&apos;t read its data folder ({folder}): {reason}. Nothing was changed.</source>
        <translation>Footholds no puede leer su carpeta de datos ({folder}): {reason}. No ha cambiado nada.</translation>
    </message>
    <message>
        <source>Footholds cannot read {file}: {reason}. Nothing was deleted.</source>
        <translation>Footholds no puede leer {file}: {reason}. No se ha borrado nada.</translation>
    </message>
    <message>
        <source>There is no file at {path}.</source>
        <translation>No hay ningún archivo en {path}.</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}.</source>
        <translation>No se pudo leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is a zip file. Footholds can import its own JSON export (footholds export --format json) or a CSV export from Daylio.</source>
        <translation>{file} es un archivo zip. Footholds puede importar su propia exportación JSON (footholds export --format json) o una exportación CSV de Daylio.</translation>
    </message>
    <message>
        <source>{file} is a zip file, which Footholds can&apos;t import (its own CSV export is for reading in a spreadsheet). Footholds can bring back its own JSON export, made with “Export to a JSON file…” in Settings › Your data, or a CSV export from Daylio.</source>
        <translation>{file} es un archivo zip, y Footholds no puede importarlo (su propia exportación CSV es para leerla en una hoja de cálculo). Footholds puede recuperar su propia exportación JSON, hecha con «Exportar a un archivo JSON…» en Ajustes › Tus datos, o una exportación CSV de Daylio.</translation>
    </message>
    <message>
        <source>{file} is larger than any Footholds export.</source>
        <translation>{file} es más grande que cualquier exportación de Footholds.</translation>
    </message>
    <message>
        <source>{file} is not a text file Footholds can read.</source>
        <translation>{file} no es un archivo de texto que Footholds pueda leer.</translation>
    </message>
    <message>
        <source>{file} is not a file Footholds knows how to import. It can read its own JSON export, or a CSV export from Daylio (with columns full_date, time, mood, activities and note).</source>
        <translation>{file} no es un archivo que Footholds sepa importar. Puede leer su propia exportación JSON o una exportación CSV de Daylio (con las columnas full_date, time, mood, activities y note).</translation>
    </message>
    <message>
        <source>Line {line} of {file} opens a quote (&quot;) that is never closed, so the lines after it would be read as one note. Please close or remove that quote and import the file again.</source>
        <translation>La línea {line} de {file} abre unas comillas (&quot;) que nunca se cierran, así que las líneas siguientes se leerían como una sola nota. Cierra o quita esas comillas y vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>Line {line} of {file}, its last line, opens a quote (&quot;) that is never closed. Please close or remove that quote and import the file again.</source>
        <translation>La línea {line} de {file}, la última, abre unas comillas (&quot;) que nunca se cierran. Cierra o quita esas comillas y vuelve a importar el archivo.</translation>
    </message>
    <message>
        <source>{file} looks like JSON but is damaged near line {line}; nothing was read.</source>
        <translation>{file} parece JSON, pero está dañado cerca de la línea {line}; no se ha leído nada.</translation>
    </message>
    <message>
        <source>{file} looks like JSON but holds something no Footholds export has (a number thousands of digits long, or lists nested thousands deep); nothing was read.</source>
        <translation>{file} parece JSON, pero contiene algo que ninguna exportación de Footholds tiene (un número de miles de cifras o listas anidadas miles de veces); no se ha leído nada.</translation>
    </message>
    <message>
        <source>{file} is a JSON file, but not a Footholds export.</source>
        <translation>{file} es un archivo JSON, pero no una exportación de Footholds.</translation>
    </message>
    <message>
        <source>{file} comes from a newer Footholds; please update to import it.</source>
        <translation>{file} viene de una versión más nueva de Footholds; actualízala para poder importarlo.</translation>
    </message>
    <message>
        <source>{file} is a Footholds export without any records in it.</source>
        <translation>{file} es una exportación de Footholds sin ningún registro.</translation>
    </message>
    <message>
        <source>Which file should be imported?</source>
        <translation>¿Qué archivo quieres importar?</translation>
    </message>
    <message>
        <source>{file} changed after the preview; please look at it again.</source>
        <translation>{file} cambió después de la vista previa; vuelve a mirarlo, por favor.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file Footholds can read.</source>
        <translation>{path} es una carpeta, no un archivo que Footholds pueda leer.</translation>
    </message>
    <message>
        <source>{path} is not a regular file, so not a file Footholds can read.</source>
        <translation>{path} no es un archivo normal, así que Footholds no puede leerlo.</translation>
    </message>
    <message>
        <source>{file} is larger than anything Footholds writes ({size} MB; the most it reads is {limit} MB).</source>
        <translation>{file} es más grande que cualquier cosa que escriba Footholds ({size} MB; lo máximo que lee son {limit} MB).</translation>
    </message>
    <message>
        <source>{file} grew past {limit} MB while read.</source>
        <translation>{file} creció por encima de {limit} MB mientras se leía.</translation>
    </message>
    <message>
        <source>{file} holds {count} files, more than a backup ever does.</source>
        <translation>{file} contiene {count} archivos, más de los que tiene nunca una copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} would unpack to more than {limit} MB.</source>
        <translation>{file} ocuparía más de {limit} MB al descomprimirlo.</translation>
    </message>
    <message>
        <source>{file} is packed far more tightly than a backup can be.</source>
        <translation>{file} está comprimido mucho más de lo que puede estarlo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Your entries are locked with your passphrase, and this needs it to read them. Nothing was changed.</source>
        <translation>Tus entradas están bloqueadas con tu frase de contraseña, y hace falta para leerlas. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Your entries were saved by a newer version of Footholds. Please use that version again; this one would not read them correctly. Nothing was changed.</source>
        <translation>Tus entradas se guardaron con una versión más nueva de Footholds. Vuelve a usar esa versión, por favor; esta no las leería bien. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>The lock&apos;s key file cannot be used ({reason}). Nothing was changed.</source>
        <translation>No se puede usar el archivo de clave del bloqueo ({reason}). No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Turning the lock on did not finish last time. Your entries are as they were, not encrypted. You can turn the lock on again in Settings.</source>
        <translation>La última vez, activar el bloqueo no llegó a terminar. Tus entradas están como estaban, sin cifrar. Puedes volver a activar el bloqueo en Ajustes.</translation>
    </message>
    <message>
        <source>Footholds didn&apos;t lock: what you just removed couldn&apos;t be kept safely until the unlock, because the disk refused a write. Its Undo is still there.</source>
        <translation>Footholds no se ha bloqueado: lo que acabas de quitar no se pudo guardar de forma segura hasta el desbloqueo, porque el disco rechazó una escritura. Deshacer sigue ahí.</translation>
    </message>
    <message>
        <source>Footholds does not know how to upgrade your entries from version {version}. Nothing was changed.</source>
        <translation>Footholds no sabe actualizar tus entradas desde la versión {version}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Footholds does not know how to read your entries from version {version}. Nothing was changed.</source>
        <translation>Footholds no sabe leer tus entradas de la versión {version}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Footholds could not read your entries from version {version}. Nothing was changed.</source>
        <translation>Footholds no pudo leer tus entradas de la versión {version}. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Footholds could not upgrade your entries from version {version} ({file} could not be read). Nothing was changed, and a backup was made first.</source>
        <translation>Footholds no pudo actualizar tus entradas desde la versión {version} (no se pudo leer {file}). No se ha cambiado nada, y antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Footholds could not upgrade your entries from version {version} ({file} could not be upgraded). Nothing was changed, and a backup was made first.</source>
        <translation>Footholds no pudo actualizar tus entradas desde la versión {version} (no se pudo actualizar {file}). No se ha cambiado nada, y antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>Footholds could not upgrade your entries from version {version} ({file}: {problem}). Nothing was changed, and a backup was made first.</source>
        <translation>Footholds no pudo actualizar tus entradas desde la versión {version} ({file}: {problem}). No se ha cambiado nada, y antes se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>{file} is locked: unlock Footholds first.</source>
        <translation>{file} está bloqueado: desbloquea Footholds primero.</translation>
    </message>
    <message>
        <source>{file} could not be decrypted; it is damaged.</source>
        <translation>No se pudo descifrar {file}; está dañado.</translation>
    </message>
    <message>
        <source>{folder} is one of Footholds&apos; own folders, and a file saved there could replace what it keeps. Please choose another place, such as your Documents folder; nothing was written.</source>
        <translation>{folder} es una de las carpetas propias de Footholds, y un archivo guardado ahí podría reemplazar lo que guarda. Elige otro lugar, como tu carpeta Documentos; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>{file} is one of your backups. Please give the new backup a name of its own, so this one is kept; nothing was written.</source>
        <translation>{file} es una de tus copias de seguridad. Dale a la nueva copia un nombre propio, para que esta se conserve; no se ha escrito nada.</translation>
    </message>
    <message>
        <source>Restoring stopped half-way ({reason}), and your entries could not be put back in their place, so Footholds is empty for now. Nothing is lost: they are all in {folder}, and in the backup {file}. Restoring that backup brings them back.</source>
        <translation>La restauración se detuvo a medias ({reason}) y tus entradas no pudieron volver a su sitio, así que Footholds está vacío por ahora. No se ha perdido nada: están todas en {folder} y en la copia de seguridad {file}. Restaurar esa copia las trae de vuelta.</translation>
    </message>
    <message>
        <source>Importing {file} was cut off last time. What it had added is kept, and importing the same file again adds only the rest.</source>
        <translation>La última vez, la importación de {file} se cortó a medias. Lo que ya había añadido se conserva, e importar el mismo archivo otra vez añade solo el resto.</translation>
    </message>
    <message>
        <source>Restoring your backup was cut off last time, so Footholds finished it now, as you asked. What you had before is kept in {file}.</source>
        <translation>La última vez, la restauración de tu copia de seguridad se cortó a medias, así que Footholds la ha terminado ahora, como pediste. Lo que tenías antes se conserva en {file}.</translation>
    </message>
    <message>
        <source>{file} is not a Footholds backup ({reason}).</source>
        <translation>{file} no es una copia de seguridad de Footholds ({reason}).</translation>
    </message>
    <message>
        <source>{file} has no Footholds backup manifest.</source>
        <translation>{file} no tiene el índice de una copia de seguridad de Footholds.</translation>
    </message>
    <message>
        <source>{file} looks damaged and can&apos;t be read.</source>
        <translation>{file} parece dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>{file} is not a Footholds backup.</source>
        <translation>{file} no es una copia de seguridad de Footholds.</translation>
    </message>
    <message>
        <source>{file} holds an unexpected file: {member}.</source>
        <translation>{file} contiene un archivo inesperado: {member}.</translation>
    </message>
    <message>
        <source>{file} is missing {member}.</source>
        <translation>A {file} le falta {member}.</translation>
    </message>
    <message>
        <source>{file}: {member} is damaged and cannot be read.</source>
        <translation>{file}: {member} está dañado y no se puede leer.</translation>
    </message>
    <message>
        <source>{file}: {member} is damaged (checksum differs).</source>
        <translation>{file}: {member} está dañado (la suma de comprobación no coincide).</translation>
    </message>
    <message>
        <source>{file}: {member}: {problem}.</source>
        <translation>{file}: {member}: {problem}.</translation>
    </message>
    <message>
        <source>{file} was made by a newer version of Footholds (storage version {version}); this one cannot read it. Please restore it with that version.</source>
        <translation>{file} se hizo con una versión más nueva de Footholds (versión de almacenamiento {version}); esta no puede leerlo. Recupéralo con esa versión, por favor.</translation>
    </message>
    <message>
        <source>{field} can&apos;t be empty.</source>
        <translation>{field} no puede quedar en blanco.</translation>
    </message>
    <message>
        <source>{field} should be text.</source>
        <translation>{field} tiene que ser texto.</translation>
    </message>
    <message>
        <source>{field}: some invisible control characters got in; please type the words again.</source>
        <translation>{field}: se colaron caracteres de control invisibles; vuelve a escribir ese texto, por favor.</translation>
    </message>
    <message>
        <source>{field}: a broken character got in; please type the words again.</source>
        <translation>{field}: se coló un carácter roto; vuelve a escribir ese texto, por favor.</translation>
    </message>
    <message>
        <source>{field}: {length} characters, and {limit} is the most that fits.</source>
        <translation>{field}: {length} caracteres, y caben {limit} como mucho.</translation>
    </message>
    <message>
        <source>{field} should be a list.</source>
        <translation>{field} tiene que ser una lista.</translation>
    </message>
    <message>
        <source>{field}: please pick {limit} or fewer.</source>
        <translation>{field}: elige {limit} como máximo, por favor.</translation>
    </message>
    <message>
        <source>{field} should be a whole number from {low} to {high}.</source>
        <translation>{field} tiene que ser un número entero entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{field} should be from {low} to {high}.</source>
        <translation>{field} tiene que estar entre {low} y {high}.</translation>
    </message>
    <message>
        <source>{field} is not a date and time I understand.</source>
        <translation>{field} no es una fecha y hora que se pueda entender.</translation>
    </message>
    <message>
        <source>{field} should be a date and time.</source>
        <translation>{field} tiene que ser una fecha y hora.</translation>
    </message>
    <message>
        <source>{field} needs a time zone.</source>
        <translation>{field} necesita una zona horaria.</translation>
    </message>
    <message>
        <source>{field} has a time zone I can&apos;t store.</source>
        <translation>{field} tiene una zona horaria que no se puede guardar.</translation>
    </message>
    <message>
        <source>{value} is outside the years Footholds keeps ({low} to {high}).</source>
        <translation>{value} queda fuera de los años que guarda Footholds (de {low} a {high}).</translation>
    </message>
    <message>
        <source>{value} is a date still to come.</source>
        <translation>{value} es una fecha que aún no ha llegado.</translation>
    </message>
    <message>
        <source>{field} should be a date like 2026-03-14.</source>
        <translation>{field} tiene que ser una fecha como 2026-03-14.</translation>
    </message>
    <message>
        <source>{field} should be a time like 07:30.</source>
        <translation>{field} tiene que ser una hora como 07:30.</translation>
    </message>
    <message>
        <source>{field} should be one of: {options}.</source>
        <translation>{field} tiene que ser una de estas opciones: {options}.</translation>
    </message>
    <message>
        <source>{field} should be yes or no.</source>
        <translation>{field} tiene que ser sí o no.</translation>
    </message>
    <message>
        <source>This entry has an id I can&apos;t use.</source>
        <translation>Esta entrada tiene un identificador que no se puede usar.</translation>
    </message>
    <message>
        <source>{field}: one choice has a name I can&apos;t use.</source>
        <translation>{field}: una opción tiene un nombre que no se puede usar.</translation>
    </message>
    <message>
        <source>{field} has too many choices.</source>
        <translation>{field} tiene demasiadas opciones.</translation>
    </message>
    <message>
        <source>{field} should be a set of answers.</source>
        <translation>{field} tiene que ser un conjunto de respuestas.</translation>
    </message>
    <message>
        <source>{field}: one part has a name I can&apos;t use.</source>
        <translation>{field}: una parte tiene un nombre que no se puede usar.</translation>
    </message>
    <message>
        <source>{field}: unknown part {part}.</source>
        <translation>{field}: la parte {part} no se conoce.</translation>
    </message>
    <message>
        <source>{field} has too many parts.</source>
        <translation>{field} tiene demasiadas partes.</translation>
    </message>
    <message>
        <source>There is nothing to save yet.</source>
        <translation>Todavía no hay nada que guardar.</translation>
    </message>
    <message>
        <source>An entry with this id is already saved.</source>
        <translation>Ya hay guardada una entrada con este identificador.</translation>
    </message>
    <message>
        <source>That entry is no longer in Footholds; it may have been removed, or an older backup restored.</source>
        <translation>Esa entrada ya no está en Footholds; puede que se haya quitado o que se haya recuperado una copia de seguridad más antigua.</translation>
    </message>
    <message>
        <source>The start and end of a time span need a time zone.</source>
        <translation>El inicio y el final de un intervalo de tiempo necesitan una zona horaria.</translation>
    </message>
    <message>
        <source>{text} isn&apos;t two times I understand; write them like 23:30-07:10 (bedtime, then getting up).</source>
        <translation>{text} no son dos horas que se entiendan; escríbelas así: 23:30-07:10 (primero la hora de acostarte y luego la de levantarte).</translation>
    </message>
    <message>
        <source>{text} has a time that isn&apos;t on the clock; use 00:00 to 23:59, like 23:30-07:10.</source>
        <translation>{text} tiene una hora que no existe en el reloj; usa de 00:00 a 23:59, como 23:30-07:10.</translation>
    </message>
    <message>
        <source>Bedtime and getting up are the same. Check them?</source>
        <translation>Las dos horas son la misma. ¿Las revisas?</translation>
    </message>
    <message>
        <source>{up} hasn&apos;t come yet. When did you get up?</source>
        <translation>Aún no son las {up}. ¿A qué hora te levantaste?</translation>
    </message>
    <message>
        <source>{bed} to {up} is longer than a night; swapped round?</source>
        <translation>De {bed} a {up} es más que una noche; ¿al revés?</translation>
    </message>
    <message>
        <source>{setting}: choose on or off.</source>
        <translation>{setting}: elige activado o desactivado.</translation>
    </message>
    <message>
        <source>{setting}: please enter a whole number.</source>
        <translation>{setting}: escribe un número entero, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please choose between {low} and {high}.</source>
        <translation>{setting}: elige entre {low} y {high}, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please enter text.</source>
        <translation>{setting}: escribe un texto, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please keep it under {limit} characters.</source>
        <translation>{setting}: que no pase de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>{setting}: choose one of {choices}.</source>
        <translation>{setting}: elige una de estas opciones: {choices}.</translation>
    </message>
    <message>
        <source>{setting}: please use a time like 07:30.</source>
        <translation>{setting}: usa una hora como 07:30, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please give up to 12 times like 12:30.</source>
        <translation>{setting}: indica hasta 12 horas como 12:30, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please give a list of words.</source>
        <translation>{setting}: indica una lista de palabras, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please keep each one under {limit} characters.</source>
        <translation>{setting}: que cada uno tenga menos de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>{setting}: please keep it to {limit} or fewer.</source>
        <translation>{setting}: que no sean más de {limit}, por favor.</translation>
    </message>
    <message>
        <source>There is no setting called {name}.</source>
        <translation>No hay ningún ajuste llamado {name}.</translation>
    </message>
    <message>
        <source>The settings file could not be read (it is damaged); using defaults. The old file will be kept aside, not deleted.</source>
        <translation>No se pudo leer el archivo de ajustes (está dañado); se usan los valores predeterminados. El archivo antiguo se guardará aparte, no se borrará.</translation>
    </message>
    <message>
        <source>The settings file could not be opened; using defaults. The old file will be kept aside, not deleted.</source>
        <translation>No se pudo abrir el archivo de ajustes; se usan los valores predeterminados. El archivo antiguo se guardará aparte, no se borrará.</translation>
    </message>
    <message>
        <source>The settings file was not in the expected shape; using defaults. The old file will be kept aside.</source>
        <translation>El archivo de ajustes no tenía la forma esperada; se usan los valores predeterminados. El archivo antiguo se guardará aparte.</translation>
    </message>
    <message>
        <source>The settings file comes from a newer Footholds; using defaults here. The file will be kept aside.</source>
        <translation>El archivo de ajustes viene de un Footholds más reciente; aquí se usan los valores predeterminados. El archivo se guardará aparte.</translation>
    </message>
    <message>
        <source>{kind} number {number}</source>
        <translation>{kind} n.º {number}</translation>
    </message>
    <message>
        <source>not a kind this Footholds knows ({found})</source>
        <translation>no es un tipo que esta versión de Footholds conozca ({found})</translation>
    </message>
    <message>
        <source>line {line}</source>
        <translation>línea {line}</translation>
    </message>
    <message>
        <source>expected {width} columns, found {found}</source>
        <translation>se esperaban {width} columnas y hay {found}</translation>
    </message>
    <message>
        <source>the row could not be read ({reason})</source>
        <translation>no se pudo leer la fila ({reason})</translation>
    </message>
    <message>
        <source>the date {value} is not one I understand</source>
        <translation>la fecha {value} no se entiende</translation>
    </message>
    <message>
        <source>the time {value} is not one I understand</source>
        <translation>la hora {value} no se entiende</translation>
    </message>
    <message>
        <source>{field} is not in the expected shape.</source>
        <translation>{field} no tiene la forma esperada.</translation>
    </message>
    <message>
        <source>{field} should be a time like 17:30.</source>
        <translation>{field} tiene que ser una hora como 17:30.</translation>
    </message>
    <message>
        <source>{field} should be a list of dates.</source>
        <translation>{field} tiene que ser una lista de fechas.</translation>
    </message>
    <message>
        <source>A moved session needs its new date and time.</source>
        <translation>Una sesión cambiada necesita su nueva fecha y hora.</translation>
    </message>
    <message>
        <source>A medicine can have up to {limit} dose changes.</source>
        <translation>Un medicamento puede tener hasta {limit} cambios de dosis.</translation>
    </message>
    <message>
        <source>A goal can have up to {limit} steps.</source>
        <translation>Un objetivo puede tener hasta {limit} pasos.</translation>
    </message>
    <message>
        <source>The questionnaire should have {count} answers.</source>
        <translation>El cuestionario tiene que tener {count} respuestas.</translation>
    </message>
    <message>
        <source>A {kind} entry should be an object.</source>
        <translation>Una entrada de tipo {kind} tiene que ser un objeto.</translation>
    </message>
    <message>
        <source>A {kind} entry has unknown fields: {names}.</source>
        <translation>Una entrada de tipo {kind} tiene campos desconocidos: {names}.</translation>
    </message>
    <message>
        <source>A {kind} entry is missing something: {problem}.</source>
        <translation>A una entrada de tipo {kind} le falta algo: {problem}.</translation>
    </message>
    <message>
        <source>your log</source>
        <translation>tu registro</translation>
    </message>
    <message>
        <source>your reminder history</source>
        <translation>tu historial de recordatorios</translation>
    </message>
    <message>
        <source>your proof list</source>
        <translation>tu lista «Lo que ya he superado»</translation>
    </message>
    <message>
        <source>your affirmations</source>
        <translation>tus afirmaciones</translation>
    </message>
    <message>
        <source>your hidden and favourite marks</source>
        <translation>tus sugerencias ocultas y favoritas</translation>
    </message>
    <message>
        <source>your own suggestions</source>
        <translation>tus propias sugerencias</translation>
    </message>
    <message>
        <source>your thought log</source>
        <translation>tu registro de pensamientos</translation>
    </message>
    <message>
        <source>your routine</source>
        <translation>tu rutina</translation>
    </message>
    <message>
        <source>your routine history</source>
        <translation>tu historial de la rutina</translation>
    </message>
    <message>
        <source>your micro-goals</source>
        <translation>tus microobjetivos</translation>
    </message>
    <message>
        <source>your people</source>
        <translation>tu lista de personas</translation>
    </message>
    <message>
        <source>your safety plan</source>
        <translation>tu plan de seguridad</translation>
    </message>
    <message>
        <source>your own help lines</source>
        <translation>tus propias líneas de ayuda</translation>
    </message>
    <message>
        <source>your therapy sessions</source>
        <translation>tus sesiones de terapia</translation>
    </message>
    <message>
        <source>your own activities</source>
        <translation>tus propias actividades</translation>
    </message>
    <message>
        <source>your planned activities</source>
        <translation>tus actividades planeadas</translation>
    </message>
    <message>
        <source>your sleep log</source>
        <translation>tu registro de sueño</translation>
    </message>
    <message>
        <source>your medication ticks</source>
        <translation>tus marcas de medicación</translation>
    </message>
    <message>
        <source>your medicines</source>
        <translation>tus medicamentos</translation>
    </message>
    <message>
        <source>your questionnaires</source>
        <translation>tus cuestionarios</translation>
    </message>
    <message>
        <source>your {name}</source>
        <translation>tu {name}</translation>
    </message>
    <message>
        <source>{file} for {month}</source>
        <translation>{file} de {month}</translation>
    </message>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>the file could not be decrypted</source>
        <translation>no se pudo descifrar el archivo</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>el archivo no es JSON válido</translation>
    </message>
    <message>
        <source>its file was empty</source>
        <translation>su archivo estaba vacío</translation>
    </message>
    <message>
        <source>the end of its file was missing</source>
        <translation>faltaba el final de su archivo</translation>
    </message>
    <message>
        <source>its file was damaged</source>
        <translation>su archivo estaba dañado</translation>
    </message>
    <message>
        <source>its file had been saved in another text format</source>
        <translation>su archivo se había guardado en otro formato de texto</translation>
    </message>
    <message>
        <source>the file is not shaped like a Footholds store</source>
        <translation>el archivo no tiene la forma de los datos de Footholds</translation>
    </message>
    <message>
        <source>the file has no schema version</source>
        <translation>el archivo no indica su versión de esquema</translation>
    </message>
    <message>
        <source>the file comes from a newer Footholds (v{version})</source>
        <translation>el archivo viene de un Footholds más reciente (v{version})</translation>
    </message>
    <message>
        <source>an entry is not shaped like an entry</source>
        <translation>una entrada no tiene la forma de una entrada</translation>
    </message>
    <message>
        <source>an entry has no usable time</source>
        <translation>una entrada no tiene una hora que se pueda usar</translation>
    </message>
    <message>
        <source>an entry could not be read: {problem}</source>
        <translation>no se pudo leer una entrada: {problem}</translation>
    </message>
    <message>
        <source>{path} is a folder, not a file of entries</source>
        <translation>{path} es una carpeta, no un archivo de entradas</translation>
    </message>
    <message>
        <source>{path} is not a regular file, not a file of entries</source>
        <translation>{path} no es un archivo normal, ni un archivo de entradas</translation>
    </message>
    <message>
        <source>{file} could not be read: {reason}. Footholds left it as it is and read everything else. Moving it out of the data folder lets Footholds use that file again.</source>
        <translation>No se pudo leer {file}: {reason}. Footholds lo dejó como está y leyó todo lo demás. Si lo sacas de la carpeta de datos, Footholds podrá volver a usar ese archivo.</translation>
    </message>
    <message>
        <source>Part of {file} could not be read: {detail}.</source>
        <translation>No se pudo leer una parte de {file}: {detail}.</translation>
    </message>
    <message>
        <source>{file} could not be read: {detail}.</source>
        <translation>No se pudo leer {file}: {detail}.</translation>
    </message>
    <message>
        <source>Some of the words in {file} had been saved in another text format, as some editors do; Footholds read them back in that format.</source>
        <translation>Algunas palabras de {file} se habían guardado en otro formato de texto, como hacen algunos editores; Footholds las leyó en ese formato.</translation>
    </message>
    <message>
        <source>Part of {file} could not be read ({detail}), and what could be saved of it could not be written back ({reason}).</source>
        <translation>No se pudo leer una parte de {file} ({detail}), y lo que se pudo salvar no se pudo volver a escribir ({reason}).</translation>
    </message>
    <message numerus="yes">
        <source>%n entries in {file} could not be read ({detail}).</source>
        <translation>
            <numerusform>No se pudo leer %n entrada de {file} ({detail}).</numerusform>
            <numerusform>No se pudieron leer %n entradas de {file} ({detail}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries came back: {kept} from the file itself and {restored} from your latest backup.</source>
        <translation>
            <numerusform>Se recuperó %n entrada: {kept} del propio archivo y {restored} de tu última copia de seguridad.</numerusform>
            <numerusform>Se recuperaron %n entradas: {kept} del propio archivo y {restored} de tu última copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries came back from the file itself.</source>
        <translation>
            <numerusform>Se recuperó %n entrada del propio archivo.</numerusform>
            <numerusform>Se recuperaron %n entradas del propio archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries came back from your latest backup.</source>
        <translation>
            <numerusform>Se recuperó %n entrada de tu última copia de seguridad.</numerusform>
            <numerusform>Se recuperaron %n entradas de tu última copia de seguridad.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them had been saved in another text format, as some editors do, and were read back in that format.</source>
        <translation>
            <numerusform>%n de ellas se había guardado en otro formato de texto (como hacen algunos editores) y se leyó en ese formato.</numerusform>
            <numerusform>%n de ellas se habían guardado en otro formato de texto (como hacen algunos editores) y se leyeron en ese formato.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries could not be brought back.</source>
        <translation>
            <numerusform>No se pudo recuperar %n entrada.</numerusform>
            <numerusform>No se pudieron recuperar %n entradas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The other %n entries are safe.</source>
        <translation>
            <numerusform>La otra entrada está a salvo.</numerusform>
            <numerusform>Las otras %n entradas están a salvo.</numerusform>
        </translation>
    </message>
    <message>
        <source>What was written last may be missing.</source>
        <translation>Puede que falte lo último que se escribió.</translation>
    </message>
    <message>
        <source>Nothing seems to be missing.</source>
        <translation>No parece que falte nada.</translation>
    </message>
    <message>
        <source>If something is missing, Settings → Your data → Restore a backup shows what each backup holds before anything changes.</source>
        <translation>Si falta algo, en Ajustes → Tus datos → Recuperar una copia puedes ver qué guarda cada copia antes de que cambie nada.</translation>
    </message>
    <message>
        <source>No backup had a copy of it.</source>
        <translation>Ninguna copia de seguridad tenía este archivo.</translation>
    </message>
    <message>
        <source>Your backups could not be read just now; Footholds will look in them again next time.</source>
        <translation>Ahora mismo no se pudieron leer tus copias de seguridad; Footholds volverá a buscar en ellas la próxima vez.</translation>
    </message>
    <message numerus="yes">
        <source>Your backups could be read again: %n entries came back from your latest backup into {file}.</source>
        <translation>
            <numerusform>Ya se pueden leer tus copias de seguridad: se recuperó %n entrada de tu última copia en {file}.</numerusform>
            <numerusform>Ya se pueden leer tus copias de seguridad: se recuperaron %n entradas de tu última copia en {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file as it was is kept aside, in case it is needed:
{path}</source>
        <translation>El archivo tal como estaba se guardó aparte, por si hace falta:
{path}</translation>
    </message>
    <message>
        <source>The file itself was left as it is for now.</source>
        <translation>Por ahora, el archivo se dejó como está.</translation>
    </message>
    <message>
        <source>Using the default instead.</source>
        <translation>Se usa el valor predeterminado en su lugar.</translation>
    </message>
    <message>
        <source>The disk filled up, so the import stopped part-way.</source>
        <translation>El disco se llenó, así que la importación se detuvo a medias.</translation>
    </message>
    <message>
        <source>The data folder stopped taking writes, so the import stopped part-way.</source>
        <translation>La carpeta de datos dejó de aceptar escrituras, así que la importación se detuvo a medias.</translation>
    </message>
    <message>
        <source>{file} is not a file, so the import stopped part-way.</source>
        <translation>{file} no es un archivo, así que la importación se detuvo a medias.</translation>
    </message>
    <message>
        <source>The disk refused a write ({reason}), so the import stopped part-way.</source>
        <translation>El disco rechazó una escritura ({reason}), así que la importación se detuvo a medias.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries from the file came in before that and are kept, and nothing you already had was lost.</source>
        <translation>
            <numerusform>%n entrada del archivo llegó antes y se conserva, y no se perdió nada de lo que ya tenías.</numerusform>
            <numerusform>%n entradas del archivo llegaron antes y se conservan, y no se perdió nada de lo que ya tenías.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing from the file came in, and nothing you already had was lost.</source>
        <translation>No llegó nada del archivo, y no se perdió nada de lo que ya tenías.</translation>
    </message>
    <message numerus="yes">
        <source>The last of them are only in memory for now: keep Footholds open, and they will be saved as soon as writing works again.</source>
        <translation>
            <numerusform>Está solo en la memoria por ahora: mantén Footholds abierto y se guardará en cuanto se pueda volver a escribir.</numerusform>
            <numerusform>Las últimas están solo en la memoria por ahora: mantén Footholds abierto y se guardarán en cuanto se pueda volver a escribir.</numerusform>
        </translation>
    </message>
    <message>
        <source>Once there is space again, import the same file to bring in the rest; nothing is added twice.</source>
        <translation>Cuando vuelva a haber espacio, importa el mismo archivo para traer el resto; nada se añade dos veces.</translation>
    </message>
    <message>
        <source>Once that is sorted, import the same file again to bring in the rest; nothing is added twice.</source>
        <translation>Cuando eso se arregle, vuelve a importar el mismo archivo para traer el resto; nada se añade dos veces.</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>Locks or unlocks your entries; Get help now never needs it.</source>
        <translation>Bloquea o desbloquea tus entradas; Ayuda ahora nunca lo necesita.</translation>
    </message>
    <message>
        <source>Your desktop has no system tray right now, so Footholds lives in this small window instead. Closing it keeps Footholds running; run “footholds” again to bring it back. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Ahora mismo tu escritorio no tiene bandeja del sistema, así que Footholds vive en esta pequeña ventana. Si la cierras, Footholds sigue funcionando; vuelve a ejecutar «footholds» para traerla de nuevo. (En GNOME, la extensión AppIndicator añade una bandeja.)</translation>
    </message>
    <message>
        <source>Opens “{window}” in a window of its own.</source>
        <translation>Abre «{window}» en su propia ventana.</translation>
    </message>
    <message>
        <source>Closes Footholds; reminders stop until you start it again.</source>
        <translation>Cierra Footholds; los recordatorios se detienen hasta que vuelvas a abrirlo.</translation>
    </message>
    <message>
        <source>For a hard moment</source>
        <translation>Para un momento difícil</translation>
    </message>
    <message>
        <source>Every day</source>
        <translation>Cada día</translation>
    </message>
    <message>
        <source>Everything Footholds offers, in one window.</source>
        <translation>Todo lo que ofrece Footholds, en una sola ventana.</translation>
    </message>
    <message>
        <source>Opens a short menu of choices for {menu}.</source>
        <translation>Abre un menú corto con opciones de {menu}.</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>Bedtime</source>
        <translation>La hora de acostarte</translation>
    </message>
    <message>
        <source>Getting up</source>
        <translation>La hora de levantarte</translation>
    </message>
    <message>
        <source>How it was</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>The morning</source>
        <translation>La mañana</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La nota</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Qué lo desencadenó</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Lo que probé</translation>
    </message>
    <message>
        <source>What helped</source>
        <translation>Lo que ayudó</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>El origen</translation>
    </message>
    <message>
        <source>Reminder kind</source>
        <translation>El tipo de recordatorio</translation>
    </message>
    <message>
        <source>Reminder item</source>
        <translation>El elemento del recordatorio</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>El resultado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>El motivo</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>La fecha</translation>
    </message>
    <message>
        <source>What you got through</source>
        <translation>Lo que superaste</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Las etiquetas</translation>
    </message>
    <message>
        <source>The affirmation</source>
        <translation>La afirmación</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Favorita</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>El paquete</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>El elemento</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>La marca</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>El texto</translation>
    </message>
    <message>
        <source>Posture</source>
        <translation>La postura</translation>
    </message>
    <message>
        <source>The thought</source>
        <translation>El pensamiento</translation>
    </message>
    <message>
        <source>How much you believe it</source>
        <translation>Cuánto te lo crees</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Las respuestas</translation>
    </message>
    <message>
        <source>Thinking traps</source>
        <translation>Trampas del pensamiento</translation>
    </message>
    <message>
        <source>The kinder view</source>
        <translation>La mirada más amable</translation>
    </message>
    <message>
        <source>How much you believe it now</source>
        <translation>Cuánto te lo crees ahora</translation>
    </message>
    <message>
        <source>The routine step</source>
        <translation>El paso de la rutina</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>The day</source>
        <translation>El día</translation>
    </message>
    <message>
        <source>The goal</source>
        <translation>El objetivo</translation>
    </message>
    <message>
        <source>The name</source>
        <translation>El nombre</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo contactar con esa persona</translation>
    </message>
    <message>
        <source>The message</source>
        <translation>El mensaje</translation>
    </message>
    <message>
        <source>The safety plan</source>
        <translation>El plan de seguridad</translation>
    </message>
    <message>
        <source>Ways to make my space safer</source>
        <translation>Formas de hacer más seguro mi espacio</translation>
    </message>
    <message>
        <source>The number</source>
        <translation>El número</translation>
    </message>
    <message>
        <source>The session date</source>
        <translation>La fecha de la sesión</translation>
    </message>
    <message>
        <source>What I want to talk about</source>
        <translation>De qué quiero hablar</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>La posición</translation>
    </message>
    <message>
        <source>The part of me</source>
        <translation>La parte de mí</translation>
    </message>
    <message>
        <source>A step</source>
        <translation>Un paso</translation>
    </message>
    <message>
        <source>When the step was done</source>
        <translation>Cuándo se hizo el paso</translation>
    </message>
    <message>
        <source>The activity</source>
        <translation>La actividad</translation>
    </message>
    <message>
        <source>Kind of activity</source>
        <translation>El tipo de actividad</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <source>The time</source>
        <translation>La hora</translation>
    </message>
    <message>
        <source>Nudge</source>
        <translation>El aviso</translation>
    </message>
    <message>
        <source>Mood before</source>
        <translation>El ánimo antes</translation>
    </message>
    <message>
        <source>Mood after</source>
        <translation>El ánimo después</translation>
    </message>
    <message>
        <source>A word</source>
        <translation>Una palabra</translation>
    </message>
    <message>
        <source>The medicine</source>
        <translation>El medicamento</translation>
    </message>
    <message>
        <source>The dose</source>
        <translation>La dosis</translation>
    </message>
    <message>
        <source>The questionnaire</source>
        <translation>El cuestionario</translation>
    </message>
    <message>
        <source>How difficult</source>
        <translation>Qué tan difícil</translation>
    </message>
    <message>
        <source>An answer</source>
        <translation>Una respuesta</translation>
    </message>
    <message>
        <source>The day of a dose change</source>
        <translation>El día de un cambio de dosis</translation>
    </message>
    <message>
        <source>The new dose</source>
        <translation>La nueva dosis</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>The day of a session note</source>
        <translation>El día de una nota de sesión</translation>
    </message>
    <message>
        <source>A moved session&apos;s date</source>
        <translation>La fecha de una sesión cambiada</translation>
    </message>
    <message>
        <source>The date of an offer</source>
        <translation>La fecha de una propuesta</translation>
    </message>
    <message>
        <source>The session length</source>
        <translation>La duración de la sesión</translation>
    </message>
    <message>
        <source>What I want to remember</source>
        <translation>Lo que quiero recordar</translation>
    </message>
    <message>
        <source>Something to try</source>
        <translation>Algo para probar</translation>
    </message>
    <message>
        <source>The new date</source>
        <translation>La nueva fecha</translation>
    </message>
    <message>
        <source>The therapist&apos;s name</source>
        <translation>El nombre de tu terapeuta</translation>
    </message>
    <message>
        <source>The new time</source>
        <translation>La nueva hora</translation>
    </message>
    <message>
        <source>The session time</source>
        <translation>La hora de la sesión</translation>
    </message>
    <message>
        <source>A cancelled session</source>
        <translation>Una sesión cancelada</translation>
    </message>
    <message>
        <source>The session notes</source>
        <translation>Las notas de la sesión</translation>
    </message>
    <message>
        <source>A session note</source>
        <translation>Una nota de sesión</translation>
    </message>
    <message>
        <source>The moved sessions</source>
        <translation>Las sesiones cambiadas</translation>
    </message>
    <message>
        <source>The offers made for a session</source>
        <translation>Las propuestas hechas para una sesión</translation>
    </message>
    <message>
        <source>A dose change</source>
        <translation>Un cambio de dosis</translation>
    </message>
    <message>
        <source>A goal step</source>
        <translation>Un paso del objetivo</translation>
    </message>
    <message>
        <source>The night&apos;s sleep</source>
        <translation>El sueño de la noche</translation>
    </message>
</context>
<context>
    <name>importers</name>
    <message>
        <source>From a Footholds export ({file}):</source>
        <translation>De una exportación de Footholds ({file}):</translation>
    </message>
    <message>
        <source>From a Daylio export ({file}):</source>
        <translation>De una exportación de Daylio ({file}):</translation>
    </message>
    <message>
        <source>If you import {file} again:</source>
        <translation>Si vuelves a importar {file}:</translation>
    </message>
    <message>
        <source>{amount} to add</source>
        <translation>{amount} para añadir</translation>
    </message>
    <message>
        <source>{amounts} to add to your lists</source>
        <translation>{amounts} para añadir a tus listas</translation>
    </message>
    <message>
        <source>Added to your lists: {amounts}.</source>
        <translation>Añadido a tus listas: {amounts}.</translation>
    </message>
    <message>
        <source>nothing new to add</source>
        <translation>nada nuevo que añadir</translation>
    </message>
    <message>
        <source>your current safety plan stays as it is; the one in the file is left out</source>
        <translation>tu plan de seguridad actual se queda como está; el del archivo se deja fuera</translation>
    </message>
    <message>
        <source>Nothing new to import; everything in the file was already here.</source>
        <translation>Nada nuevo que importar; todo lo del archivo ya estaba aquí.</translation>
    </message>
    <message>
        <source>Imported {amounts}.</source>
        <translation>Importado: {amounts}.</translation>
    </message>
    <message numerus="yes">
        <source>%n log entries</source>
        <translation>
            <numerusform>%n entrada del registro</numerusform>
            <numerusform>%n entradas del registro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reminder outcomes</source>
        <translation>
            <numerusform>%n respuesta a un recordatorio</numerusform>
            <numerusform>%n respuestas a recordatorios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proof-list entries</source>
        <translation>
            <numerusform>%n cosa que ya has superado</numerusform>
            <numerusform>%n cosas que ya has superado</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n affirmations</source>
        <translation>
            <numerusform>%n afirmación</numerusform>
            <numerusform>%n afirmaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hidden or favourite marks</source>
        <translation>
            <numerusform>%n marca de oculta o favorita</numerusform>
            <numerusform>%n marcas de oculta o favorita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestions of your own</source>
        <translation>
            <numerusform>%n sugerencia tuya</numerusform>
            <numerusform>%n sugerencias tuyas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n thought logs</source>
        <translation>
            <numerusform>%n registro de pensamientos</numerusform>
            <numerusform>%n registros de pensamientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine steps</source>
        <translation>
            <numerusform>%n paso de la rutina</numerusform>
            <numerusform>%n pasos de la rutina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine ticks</source>
        <translation>
            <numerusform>%n marca de la rutina</numerusform>
            <numerusform>%n marcas de la rutina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n micro-goals</source>
        <translation>
            <numerusform>%n microobjetivo</numerusform>
            <numerusform>%n microobjetivos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n persona</numerusform>
            <numerusform>%n personas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n safety plans</source>
        <translation>
            <numerusform>%n plan de seguridad</numerusform>
            <numerusform>%n planes de seguridad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n help lines of your own</source>
        <translation>
            <numerusform>%n línea de ayuda tuya</numerusform>
            <numerusform>%n líneas de ayuda tuyas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sessions</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities of your own</source>
        <translation>
            <numerusform>%n actividad tuya</numerusform>
            <numerusform>%n actividades tuyas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n planned activities</source>
        <translation>
            <numerusform>%n actividad planeada</numerusform>
            <numerusform>%n actividades planeadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nights&apos; sleep</source>
        <translation>
            <numerusform>%n noche de sueño</numerusform>
            <numerusform>%n noches de sueño</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medication ticks</source>
        <translation>
            <numerusform>%n marca de medicación</numerusform>
            <numerusform>%n marcas de medicación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n medicines</source>
        <translation>
            <numerusform>%n medicamento</numerusform>
            <numerusform>%n medicamentos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questionnaires</source>
        <translation>
            <numerusform>%n cuestionario</numerusform>
            <numerusform>%n cuestionarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in Footholds, left as they are</source>
        <translation>
            <numerusform>%n ya está en Footholds y se deja como está</numerusform>
            <numerusform>%n ya están en Footholds y se dejan como están</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repeated in the file, taken once</source>
        <translation>
            <numerusform>%n repetida en el archivo, tomada una vez</numerusform>
            <numerusform>%n repetidas en el archivo, tomadas una vez</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n share an id with another entry but have different words: added as new entries</source>
        <translation>
            <numerusform>%n comparte identificador con otra entrada, pero sus palabras son otras: se añade como entrada nueva</numerusform>
            <numerusform>%n comparten identificador con otra entrada, pero sus palabras son otras: se añaden como entradas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are earlier versions of entries you have changed since; your versions stay</source>
        <translation>
            <numerusform>%n es una versión anterior de una entrada que has cambiado desde entonces; se queda tu versión</numerusform>
            <numerusform>%n son versiones anteriores de entradas que has cambiado desde entonces; se quedan tus versiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were earlier versions of entries you have changed since; your versions stay.</source>
        <translation>
            <numerusform>%n era una versión anterior de una entrada que has cambiado desde entonces; se queda tu versión.</numerusform>
            <numerusform>%n eran versiones anteriores de entradas que has cambiado desde entonces; se quedan tus versiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>invisible characters were taken out of %n entries; their words are kept</source>
        <translation>
            <numerusform>se quitaron caracteres invisibles de %n entrada; sus palabras se conservan</numerusform>
            <numerusform>se quitaron caracteres invisibles de %n entradas; sus palabras se conservan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n notes were longer than Footholds keeps: their start was kept</source>
        <translation>
            <numerusform>%n nota era más larga de lo que Footholds guarda: se ha conservado su comienzo</numerusform>
            <numerusform>%n notas eran más largas de lo que Footholds guarda: se ha conservado su comienzo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries had details this version does not know; left out</source>
        <translation>
            <numerusform>%n entrada tenía detalles que esta versión no conoce; se han dejado fuera</numerusform>
            <numerusform>%n entradas tenían detalles que esta versión no conoce; se han dejado fuera</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read and will be left out:</source>
        <translation>
            <numerusform>%n no se pudo leer y se dejará fuera:</numerusform>
            <numerusform>%n no se pudieron leer y se dejarán fuera:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n are dated ahead of today and will be left out:</source>
        <translation>
            <numerusform>%n tiene fecha posterior a hoy y se dejará fuera:</numerusform>
            <numerusform>%n tienen fecha posterior a hoy y se dejarán fuera:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feelings</source>
        <translation>
            <numerusform>%n sentimiento</numerusform>
            <numerusform>%n sentimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n small wins</source>
        <translation>
            <numerusform>%n pequeño logro</numerusform>
            <numerusform>%n pequeños logros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parts of you</source>
        <translation>
            <numerusform>%n parte de ti</numerusform>
            <numerusform>%n partes de ti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more</source>
        <translation>
            <numerusform>... y %n más</numerusform>
            <numerusform>... y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You stopped the import. %n entries had come in by then and are kept, with everything you already had. Importing the same file again brings in the rest; nothing is added twice.</source>
        <translation>
            <numerusform>Has detenido la importación. %n entrada había llegado ya y se conserva, junto con todo lo que ya tenías. Si vuelves a importar el mismo archivo, llegará el resto; nada se añade dos veces.</numerusform>
            <numerusform>Has detenido la importación. %n entradas habían llegado ya y se conservan, junto con todo lo que ya tenías. Si vuelves a importar el mismo archivo, llegará el resto; nada se añade dos veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>You stopped the import before anything came in. Nothing was changed.</source>
        <translation>Has detenido la importación antes de que llegara nada. No ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>journal</name>
    <message>
        <source>energy {level} of 5</source>
        <translation>energía {level} de 5</translation>
    </message>
    <message>
        <source>Small wins: {wins}</source>
        <translation>Pequeños logros: {wins}</translation>
    </message>
    <message>
        <source>What set it off: {words}</source>
        <translation>¿Qué lo desencadenó? {words}</translation>
    </message>
    <message>
        <source>What I tried: {words}</source>
        <translation>Lo que probé: {words}</translation>
    </message>
    <message>
        <source>What helped: {words}</source>
        <translation>Lo que ayudó: {words}</translation>
    </message>
    <message>
        <source>The part of me that was loud: {words}</source>
        <translation>La parte de mí que se hacía oír: {words}</translation>
    </message>
</context>
<context>
    <name>kept_words</name>
    <message>
        <source>These are the words you were writing when Footholds closed. They are not saved yet.</source>
        <translation>Estas son las palabras que estabas escribiendo cuando Footholds se cerró. Aún no están guardadas.</translation>
    </message>
    <message>
        <source>These are the words you were writing, kept locked until now. They are not saved yet.</source>
        <translation>Estas son las palabras que estabas escribiendo, bajo llave hasta ahora. Aún no están guardadas.</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <source>heavy</source>
        <translation>pesadez</translation>
    </message>
    <message>
        <source>numb</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>tired</source>
        <translation>cansancio</translation>
    </message>
    <message>
        <source>anxious</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <source>sad</source>
        <translation>tristeza</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>apatía</translation>
    </message>
    <message>
        <source>restless</source>
        <translation>inquietud</translation>
    </message>
    <message>
        <source>lonely</source>
        <translation>soledad</translation>
    </message>
    <message>
        <source>irritable</source>
        <translation>irritabilidad</translation>
    </message>
    <message>
        <source>overwhelmed</source>
        <translation>agobio</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>okay</source>
        <translation>normal</translation>
    </message>
    <message>
        <source>hopeful</source>
        <translation>esperanza</translation>
    </message>
    <message>
        <source>content</source>
        <translation>bienestar</translation>
    </message>
    <message>
        <source>grateful</source>
        <translation>gratitud</translation>
    </message>
    <message>
        <source>relieved</source>
        <translation>alivio</translation>
    </message>
    <message>
        <source>drank water</source>
        <translation>bebí agua</translation>
    </message>
    <message>
        <source>ate something</source>
        <translation>comí algo</translation>
    </message>
    <message>
        <source>moved</source>
        <translation>me moví</translation>
    </message>
    <message>
        <source>stepped outside</source>
        <translation>salí afuera</translation>
    </message>
    <message>
        <source>brushed teeth</source>
        <translation>me lavé los dientes</translation>
    </message>
    <message>
        <source>washed</source>
        <translation>me aseé</translation>
    </message>
    <message>
        <source>reached out</source>
        <translation>hablé con alguien</translation>
    </message>
    <message>
        <source>rested</source>
        <translation>descansé</translation>
    </message>
    <message>
        <source>did a step of a goal</source>
        <translation>di un paso hacia una meta</translation>
    </message>
    <message>
        <source>the hopeless part</source>
        <translation>la parte sin esperanza</translation>
    </message>
    <message>
        <source>the numb part</source>
        <translation>la parte adormecida</translation>
    </message>
    <message>
        <source>the inner critic</source>
        <translation>la voz crítica</translation>
    </message>
    <message>
        <source>the worried part</source>
        <translation>la parte preocupada</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Unlocked. What you wrote is open again.</source>
        <translation>Desbloqueado. Lo que escribiste vuelve a estar abierto.</translation>
    </message>
    <message>
        <source>Qu&amp;it</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Unlock…</source>
        <translation>Des&amp;bloquear…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Bloquear ahora</translation>
    </message>
    <message>
        <source>Locked: quick log still saves</source>
        <translation>Bloqueado: el registro rápido sigue guardando</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>About Footholds</source>
        <translation>Acerca de Footholds</translation>
    </message>
    <message>
        <source>A&amp;bout Footholds</source>
        <translation>Acerca de F&amp;ootholds</translation>
    </message>
    <message>
        <source>Proof list</source>
        <translation>Lo que ya he superado</translation>
    </message>
    <message>
        <source>Proo&amp;f list</source>
        <translation>&amp;Lo que ya he superado</translation>
    </message>
    <message>
        <source>Affirmation</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>&amp;Affirmation</source>
        <translation>A&amp;firmación</translation>
    </message>
    <message>
        <source>Tough day</source>
        <translation>Día difícil</translation>
    </message>
    <message>
        <source>&amp;Tough day</source>
        <translation>&amp;Día difícil</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Plan de seguridad</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation>&amp;Plan de seguridad</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Ayuda ahora</translation>
    </message>
    <message>
        <source>&amp;Get help now</source>
        <translation>&amp;Ayuda ahora</translation>
    </message>
    <message>
        <source>What Footholds is</source>
        <translation>Qué es Footholds</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Plan something</source>
        <translation>Planear al&amp;go</translation>
    </message>
    <message>
        <source>Thought log</source>
        <translation>Registro de pensamientos</translation>
    </message>
    <message>
        <source>T&amp;hought log</source>
        <translation>Registro de pe&amp;nsamientos</translation>
    </message>
    <message>
        <source>Reach out</source>
        <translation>Contactar</translation>
    </message>
    <message>
        <source>&amp;Reach out</source>
        <translation>&amp;Contactar</translation>
    </message>
    <message>
        <source>Check-in summary</source>
        <translation>Resumen para la sesión</translation>
    </message>
    <message>
        <source>&amp;Check-in summary</source>
        <translation>Res&amp;umen para la sesión</translation>
    </message>
    <message>
        <source>Insights</source>
        <translation>Mirada atrás</translation>
    </message>
    <message>
        <source>I&amp;nsights</source>
        <translation>&amp;Mirada atrás</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <source>&amp;Quick log</source>
        <translation>&amp;Registro rápido</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>&amp;Journal</source>
        <translation>D&amp;iario</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>S&amp;ettings</source>
        <translation>A&amp;justes</translation>
    </message>
    <message>
        <source>Good to know</source>
        <translation>Bueno saberlo</translation>
    </message>
    <message>
        <source>After your session</source>
        <translation>Después de tu sesión</translation>
    </message>
    <message>
        <source>Plan something</source>
        <translation>Planear algo</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Mis medicamentos</translation>
    </message>
</context>
<context>
    <name>quick_log_keeping</name>
    <message>
        <source>“{name}”</source>
        <translation>«{name}»</translation>
    </message>
    <message>
        <source>Words you wrote earlier are further down, in {fields}. They are not saved yet.</source>
        <translation>Lo que escribiste antes está más abajo, en {fields}. Aún no está guardado.</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Verlo</translation>
    </message>
    <message>
        <source>Show the words further down</source>
        <translation>Ver lo que escribiste más abajo</translation>
    </message>
    <message>
        <source>Goes to the words you wrote earlier, to read or change.</source>
        <translation>Te lleva a lo que escribiste antes, para leerlo o cambiarlo.</translation>
    </message>
</context>
<context>
    <name>saving</name>
    <message>
        <source>For now it is only in memory: keep Footholds open, and it will be saved as soon as writing works again.</source>
        <translation>Por ahora solo está en la memoria: deja Footholds abierto y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
    <message>
        <source>It is kept for now, and will be saved as soon as writing works again.</source>
        <translation>Por ahora está a salvo y se guardará en cuanto se pueda volver a escribir.</translation>
    </message>
</context>
<context>
    <name>settings</name>
    <message>
        <source>footholds-export</source>
        <comment>a file name</comment>
        <translation>footholds-datos</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloqueo</translation>
    </message>
    <message>
        <source>Lock after this many minutes away (0: only when the screen locks)</source>
        <translation>Bloquear tras estos minutos sin usar el equipo (0: solo cuando se bloquea la pantalla)</translation>
    </message>
    <message>
        <source>Lock my safety plan, numbers and people too</source>
        <translation>Bloquear también mi plan de seguridad, mis números y mis personas de confianza</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Sitting</source>
        <translation>En una silla</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>En la cama o el suelo</translation>
    </message>
    <message>
        <source>Gentle only</source>
        <translation>Solo suave</translation>
    </message>
    <message>
        <source>Gentle or a bit more</source>
        <translation>Suave o un poco más</translation>
    </message>
    <message>
        <source>A small card in the corner</source>
        <translation>Una tarjeta pequeña en la esquina</translation>
    </message>
    <message>
        <source>A system notification</source>
        <translation>Una notificación del sistema</translation>
    </message>
    <message>
        <source>Turns this on or off; the change applies at once.</source>
        <translation>Lo activa o lo desactiva; el cambio se aplica al momento.</translation>
    </message>
    <message>
        <source>A whole number from {low} to {high}.</source>
        <translation>Un número entero entre {low} y {high}.</translation>
    </message>
    <message>
        <source>A whole number.</source>
        <translation>Un número entero.</translation>
    </message>
    <message>
        <source>It goes from {low} to {high}, so it is {value} now.</source>
        <translation>Va de {low} a {high}, así que ahora es {value}.</translation>
    </message>
    <message>
        <source>Choose from {count} options; the change applies at once.</source>
        <translation>Elige entre {count} opciones; el cambio se aplica al momento.</translation>
    </message>
    <message>
        <source>A time like 07:30, or tick Not set to leave it empty.</source>
        <translation>Una hora como 07:30, o marca «Sin hora» para dejarla vacía.</translation>
    </message>
    <message>
        <source>A time like 07:30.</source>
        <translation>Una hora como 07:30.</translation>
    </message>
    <message>
        <source>The times for {setting}, earliest first; select one to remove it.</source>
        <translation>Las horas de {setting}, de la más temprana a la más tardía; elige una para quitarla.</translation>
    </message>
    <message>
        <source>The entries in {setting}; select one to move or remove it, or double-click it to change its words.</source>
        <translation>Los elementos de {setting}; elige uno para moverlo o quitarlo, o haz doble clic en él para cambiar sus palabras.</translation>
    </message>
    <message>
        <source>Up to {limit} characters; it applies when you leave the field.</source>
        <translation>Hasta {limit} caracteres; se aplica al salir del campo.</translation>
    </message>
    <message>
        <source>The choices for {setting}.</source>
        <translation>Las opciones de {setting}.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>{setting}: not set</source>
        <translation>{setting}: sin hora</translation>
    </message>
    <message>
        <source>Leaves {setting} empty; untick it to choose a time.</source>
        <translation>Deja {setting} sin hora; desmárcalo para elegir una hora.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to {setting}</source>
        <translation>Añadir a {setting}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected one from {setting}</source>
        <translation>Quitar de {setting} el elemento elegido</translation>
    </message>
    <message>
        <source>Takes the selected entry off {setting}.</source>
        <translation>Quita de {setting} el elemento elegido.</translation>
    </message>
    <message>
        <source>New time for {setting}</source>
        <translation>Nueva hora para {setting}</translation>
    </message>
    <message>
        <source>A time like 07:30, to add with Add.</source>
        <translation>Una hora como 07:30, para añadirla con Añadir.</translation>
    </message>
    <message>
        <source>Adds the time beside it to {setting}.</source>
        <translation>Añade a {setting} la hora que está al lado.</translation>
    </message>
    <message>
        <source>Type a new one</source>
        <translation>Escribe uno nuevo</translation>
    </message>
    <message>
        <source>New entry for {setting}</source>
        <translation>Nuevo elemento para {setting}</translation>
    </message>
    <message>
        <source>Type a new one, then press Enter or Add; up to {limit} characters.</source>
        <translation>Escribe uno nuevo y pulsa Intro o Añadir; hasta {limit} caracteres.</translation>
    </message>
    <message>
        <source>Adds what you typed to {setting}.</source>
        <translation>Añade a {setting} lo que has escrito.</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected one up</source>
        <translation>Subir el elemento elegido</translation>
    </message>
    <message>
        <source>Moves the selected entry one place earlier in {setting}.</source>
        <translation>Sube un puesto el elemento elegido en {setting}.</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected one down</source>
        <translation>Bajar el elemento elegido</translation>
    </message>
    <message>
        <source>Moves the selected entry one place later in {setting}.</source>
        <translation>Baja un puesto el elemento elegido en {setting}.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elige la copia que quieres recuperar</translation>
    </message>
    <message>
        <source>Footholds backups (*.zip)</source>
        <translation>Copias de Footholds (*.zip)</translation>
    </message>
    <message>
        <source>CSV files in a zip (*.zip)</source>
        <translation>Archivos CSV en un zip (*.zip)</translation>
    </message>
    <message>
        <source>Export your data</source>
        <translation>Exportar tus datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Open windows change now. A window you are still writing in stays as it is until you save, so nothing is lost.</source>
        <translation>Las ventanas abiertas cambian ya. Una ventana en la que sigues escribiendo se queda como está hasta que guardes, para que no se pierda nada.</translation>
    </message>
    <message>
        <source>Please choose a whole number from {low} to {high}.</source>
        <translation>Elige un número entero entre {low} y {high}.</translation>
    </message>
    <message>
        <source>Please keep it under {limit} characters.</source>
        <translation>Que no pase de {limit} caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please keep each one under {limit} characters, and {items} or fewer in all.</source>
        <translation>Que cada uno tenga menos de {limit} caracteres, y no más de {items} en total, por favor.</translation>
    </message>
    <message>
        <source>Please keep it to 12 times or fewer.</source>
        <translation>Como mucho 12 horas, por favor.</translation>
    </message>
    <message>
        <source>Please use a time like 07:30.</source>
        <translation>Escribe una hora como 07:30, por favor.</translation>
    </message>
    <message>
        <source>That value cannot be used here; the old one is kept.</source>
        <translation>Ese valor no sirve aquí; se mantiene el anterior.</translation>
    </message>
    <message>
        <source>From {low} to {high}.</source>
        <translation>De {low} a {high}.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Day and sleep</source>
        <translation>Día y sueño</translation>
    </message>
    <message>
        <source>My lists</source>
        <translation>Mis listas</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Movement reminders</source>
        <translation>Recordatorios para moverte</translation>
    </message>
    <message>
        <source>Minutes of computer use before a movement</source>
        <translation>Minutos frente a la pantalla antes de moverte</translation>
    </message>
    <message>
        <source>Rest reminders</source>
        <translation>Recordatorios para descansar</translation>
    </message>
    <message>
        <source>Minutes of computer use before a rest</source>
        <translation>Minutos frente a la pantalla antes de descansar</translation>
    </message>
    <message>
        <source>Time away that counts as a break (minutes)</source>
        <translation>Tiempo fuera que cuenta como pausa (minutos)</translation>
    </message>
    <message>
        <source>&quot;Later&quot; waits (minutes)</source>
        <translation>Tiempo que espera «Luego» (minutos)</translation>
    </message>
    <message>
        <source>Usual posture</source>
        <translation>Postura habitual</translation>
    </message>
    <message>
        <source>Movement effort</source>
        <translation>Esfuerzo de los movimientos</translation>
    </message>
    <message>
        <source>Only remind during working hours</source>
        <translation>Recordar solo en horario de trabajo</translation>
    </message>
    <message>
        <source>Working hours start</source>
        <translation>Inicio del horario de trabajo</translation>
    </message>
    <message>
        <source>Working hours end</source>
        <translation>Fin del horario de trabajo</translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation>Horas tranquilas</translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation>Inicio de las horas tranquilas</translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation>Fin de las horas tranquilas</translation>
    </message>
    <message>
        <source>Wait while something is full screen</source>
        <translation>Esperar si algo está a pantalla completa</translation>
    </message>
    <message>
        <source>Wait while do-not-disturb is on</source>
        <translation>Esperar si «No molestar» está activado</translation>
    </message>
    <message>
        <source>Wait during calls and screen sharing</source>
        <translation>Esperar durante llamadas y mientras compartes la pantalla</translation>
    </message>
    <message>
        <source>Reminders wait while your microphone or camera is in use, as in a call. Where your desktop tells Footholds, sharing your screen counts too.</source>
        <translation>Los recordatorios esperan mientras el micrófono o la cámara están en uso, como en una llamada. Donde tu escritorio se lo dice a Footholds, compartir la pantalla también cuenta.</translation>
    </message>
    <message>
        <source>After a call, wait before a reminder (minutes)</source>
        <translation>Tras una llamada, esperar antes de un recordatorio (minutos)</translation>
    </message>
    <message>
        <source>Then one reminder comes, not all the ones that waited.</source>
        <translation>Después llega un solo recordatorio, no todos los que esperaban.</translation>
    </message>
    <message>
        <source>Show reminders as</source>
        <translation>Mostrar los recordatorios como</translation>
    </message>
    <message>
        <source>Soft sound with a reminder</source>
        <translation>Un sonido suave con cada recordatorio</translation>
    </message>
    <message>
        <source>A card fades after (seconds)</source>
        <translation>La tarjeta desaparece tras (segundos)</translation>
    </message>
    <message>
        <source>Food and water nudges</source>
        <translation>Avisos para comer y beber agua</translation>
    </message>
    <message>
        <source>Food and water nudge times</source>
        <translation>Horas de los avisos para comer y beber</translation>
    </message>
    <message>
        <source>A gentle weekly nudge to reach out</source>
        <translation>Un aviso suave cada semana para contactar con alguien</translation>
    </message>
    <message>
        <source>Reach-out nudge day</source>
        <translation>Día del aviso para contactar</translation>
    </message>
    <message>
        <source>Reach-out nudge time</source>
        <translation>Hora del aviso para contactar</translation>
    </message>
    <message>
        <source>Bedtime (tick Not set for no wind-down)</source>
        <translation>Hora de dormir (marca «Sin hora» para no tener aviso de desconectar)</translation>
    </message>
    <message>
        <source>Wind-down starts before bedtime (minutes)</source>
        <translation>Empezar a desconectar antes de dormir (minutos)</translation>
    </message>
    <message>
        <source>Usual wake time (optional)</source>
        <translation>Hora habitual de despertar (opcional)</translation>
    </message>
    <message>
        <source>A new day starts at (hour)</source>
        <translation>Un nuevo día empieza a las (hora)</translation>
    </message>
    <message>
        <source>Feelings</source>
        <translation>Sentimientos</translation>
    </message>
    <message>
        <source>Small wins</source>
        <translation>Pequeños logros</translation>
    </message>
    <message>
        <source>Parts of me</source>
        <translation>Partes de mí</translation>
    </message>
    <message>
        <source>Crisis lines region</source>
        <translation>Región de las líneas de crisis</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Start Footholds when I log in</source>
        <translation>Abrir Footholds al iniciar sesión</translation>
    </message>
    <message>
        <source>Show an affirmation after login</source>
        <translation>Mostrar una afirmación al iniciar sesión</translation>
    </message>
    <message>
        <source>Daily backups kept</source>
        <translation>Copias diarias que se guardan</translation>
    </message>
    <message>
        <source>Weekly backups kept</source>
        <translation>Copias semanales que se guardan</translation>
    </message>
    <message>
        <source>Left unlocked, these stay readable while the rest is locked: your safety plan, your own numbers in Get help now, and the people you trust with how to reach them. A hard moment is not the time for a passphrase.

Your notes and messages for those people stay locked. The times of your therapy sessions always stay readable, and nothing else about them, so reminders stay quiet during a session.</source>
        <translation>Si no los bloqueas, esto se puede leer mientras lo demás está bloqueado: tu plan de seguridad, tus propios números en Ayuda ahora y las personas de confianza, con cómo contactarlas. Un momento difícil no es momento para una frase de contraseña.

Tus notas y mensajes para esas personas siguen bloqueados. Las horas de tus sesiones de terapia se pueden leer siempre, y nada más de ellas, para que los recordatorios se queden en calma durante una sesión.</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Mis sesiones</translation>
    </message>
    <message>
        <source>Offer to get ready for a session</source>
        <translation>Ofrecer prepararte para una sesión</translation>
    </message>
    <message>
        <source>A gentle offer to look at your check-in summary and note what to talk about.</source>
        <translation>Un ofrecimiento amable para mirar tu resumen y anotar de qué quieres hablar.</translation>
    </message>
    <message>
        <source>The day before</source>
        <translation>El día antes</translation>
    </message>
    <message>
        <source>A few hours before</source>
        <translation>Unas horas antes</translation>
    </message>
    <message>
        <source>No offer</source>
        <translation>Sin ofrecimiento</translation>
    </message>
    <message>
        <source>A click on the tray icon opens</source>
        <translation>Un clic en el icono de la bandeja abre</translation>
    </message>
    <message>
        <source>A middle click on the tray icon opens</source>
        <translation>Un clic central en el icono de la bandeja abre</translation>
    </message>
    <message>
        <source>A double click on the tray icon opens</source>
        <translation>Un doble clic en el icono de la bandeja abre</translation>
    </message>
    <message>
        <source>With a double click chosen, a single click waits a moment to tell the two apart.</source>
        <translation>Si eliges algo para el doble clic, un clic simple espera un momento para distinguirlos.</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Registro rápido</translation>
    </message>
    <message>
        <source>Proof list</source>
        <translation>Lo que ya he superado</translation>
    </message>
    <message>
        <source>Tough day</source>
        <translation>Día difícil</translation>
    </message>
    <message>
        <source>Affirmation</source>
        <translation>Afirmación</translation>
    </message>
    <message>
        <source>The same as a click</source>
        <translation>Lo mismo que un clic</translation>
    </message>
    <message>
        <source>In the morning, ask roughly how I slept</source>
        <translation>Por la mañana, preguntarme más o menos cómo dormí</translation>
    </message>
    <message>
        <source>Wind down before my usual bedtime, from my sleep</source>
        <translation>Desconectar antes de mi hora habitual de dormir, según mi sueño</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Medication: a daily tick and reminders</source>
        <translation>Medicación: una marca diaria y recordatorios</translation>
    </message>
    <message>
        <source>Medication reminder times</source>
        <translation>Horas de los recordatorios de medicación</translation>
    </message>
    <message>
        <source>Questionnaires (PHQ-9 and GAD-7)</source>
        <translation>Cuestionarios (PHQ-9 y GAD-7)</translation>
    </message>
    <message>
        <source>Offer them every two weeks</source>
        <translation>Ofrecerlos cada dos semanas</translation>
    </message>
</context>
</TS>
