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
        <translation>Una pequeña compañía para los días entre sesiones de terapia: avisos suaves para moverte y descansar, un sitio para anotar cómo estás y tus propias pruebas de que ya has salido adelante en días difíciles.&lt;br&gt;&lt;br&gt;Footholds es una ayuda para ti, no una terapia ni un servicio de emergencias. Si estás en peligro, llama al número de emergencias de tu zona o usa &lt;i&gt;Ayuda ahora&lt;/i&gt; en el menú de la bandeja.&lt;br&gt;&lt;br&gt;Todo lo que escribes se queda en este ordenador. Footholds no se conecta a ninguna red.</translation>
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
        <source>What Footholds is</source>
        <translation>Qué es Footholds</translation>
    </message>
</context>
<context>
    <name>DataPage</name>
    <message>
        <source>Everything you write stays in this folder on this computer. Footholds makes a backup each day and keeps the last few. You can also make one now, restore one, or export everything to a file you can read.</source>
        <translation>Todo lo que escribes se queda en esta carpeta, en este ordenador. Footholds hace una copia de seguridad cada día y guarda las últimas. También puedes hacer una ahora, recuperar una o exportarlo todo a un archivo que puedes leer.</translation>
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
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <source>Make a backup now</source>
        <translation>Hacer una copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Restore a backup…</source>
        <translation>Recuperar una copia…</translation>
    </message>
    <message>
        <source>Restore a backup from a file</source>
        <translation>Recuperar una copia de seguridad desde un archivo</translation>
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
        <source>What happened</source>
        <translation>Qué ha pasado</translation>
    </message>
    <message>
        <source>The backup could not be written: %1</source>
        <translation>No se pudo guardar la copia: %1</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Copia guardada en %1</translation>
    </message>
    <message>
        <source>This file cannot be restored; nothing was changed. %1</source>
        <translation>Este archivo no se puede recuperar; no se ha cambiado nada. %1</translation>
    </message>
    <message>
        <source>Restore %1 entries from %2?

What is in Footholds now is saved as a backup first, so nothing is lost.</source>
        <translation>¿Recuperar %1 entradas de %2?

Antes se guarda una copia de lo que hay ahora en Footholds, así que no se pierde nada.</translation>
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
        <source>The export could not be written: %1</source>
        <translation>No se pudo guardar la exportación: %1</translation>
    </message>
    <message>
        <source>Export written to %1 (entries: %2).</source>
        <translation>Exportación guardada en %1 (entradas: %2).</translation>
    </message>
</context>
<context>
    <name>SettingsWindow</name>
    <message>
        <source>Footholds settings</source>
        <translation>Ajustes de Footholds</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close settings</source>
        <translation>Cerrar los ajustes</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Reset this page to defaults</source>
        <translation>Volver a los valores iniciales de esta página</translation>
    </message>
    <message>
        <source>Reset %1 to defaults</source>
        <translation>Volver a los valores iniciales de %1</translation>
    </message>
    <message>
        <source>Starting at login cannot be set up here: %1</source>
        <translation>Aquí no se puede arrancar al iniciar sesión: %1</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>No ha funcionado: %1</translation>
    </message>
    <message>
        <source>Put everything on the “%1” page back to how it started?</source>
        <translation>¿Dejar todo lo de la página «%1» como estaba al principio?</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Volver a los valores iniciales</translation>
    </message>
</context>
<context>
    <name>fallback</name>
    <message>
        <source>Your desktop has no system tray right now, so Footholds lives in this small window instead. Closing it keeps Footholds running; run “footholds” again to bring it back. (On GNOME, the AppIndicator extension adds a tray.)</source>
        <translation>Ahora mismo tu escritorio no tiene bandeja del sistema, así que Footholds vive en esta pequeña ventana. Si la cierras, Footholds sigue funcionando; vuelve a ejecutar «footholds» para traerla de nuevo. (En GNOME, la extensión AppIndicator añade una bandeja.)</translation>
    </message>
</context>
<context>
    <name>menu</name>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>About Footholds</source>
        <translation>Acerca de Footholds</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
</context>
<context>
    <name>settings</name>
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
        <translation>Sentado/a</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>De pie</translation>
    </message>
    <message>
        <source>Lying down</source>
        <translation>Tumbado/a</translation>
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
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1: sin hora</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Añadir a %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected one from %1</source>
        <translation>Quitar de %1 el elemento elegido</translation>
    </message>
    <message>
        <source>New time for %1</source>
        <translation>Nueva hora para %1</translation>
    </message>
    <message>
        <source>Type a new one</source>
        <translation>Escribe uno nuevo</translation>
    </message>
    <message>
        <source>New entry for %1</source>
        <translation>Nuevo elemento para %1</translation>
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
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected one down</source>
        <translation>Bajar el elemento elegido</translation>
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
        <source>Export your data</source>
        <translation>Exportar tus datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>A two-letter country code, such as GB, US or ES.</source>
        <translation>Un código de país de dos letras, como ES, MX o AR.</translation>
    </message>
    <message>
        <source>The menu and this window change now; every window speaks the new language after Footholds restarts.</source>
        <translation>El menú y esta ventana cambian ya; las demás ventanas, cuando vuelvas a abrir Footholds.</translation>
    </message>
    <message>
        <source>Please choose a whole number from %1 to %2.</source>
        <translation>Elige un número entero entre %1 y %2.</translation>
    </message>
    <message>
        <source>Please keep it under %1 characters.</source>
        <translation>Que no pase de %1 caracteres, por favor.</translation>
    </message>
    <message>
        <source>Please keep each one under %1 characters, and %2 or fewer in all.</source>
        <translation>Que cada uno tenga menos de %1 caracteres, y no más de %2 en total, por favor.</translation>
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
        <translation>Minutos frente al ordenador antes de moverte</translation>
    </message>
    <message>
        <source>Rest reminders</source>
        <translation>Recordatorios para descansar</translation>
    </message>
    <message>
        <source>Minutes of computer use before a rest</source>
        <translation>Minutos frente al ordenador antes de descansar</translation>
    </message>
    <message>
        <source>Time away that counts as a break (minutes)</source>
        <translation>Tiempo fuera que cuenta como pausa (minutos)</translation>
    </message>
    <message>
        <source>&quot;Later&quot; waits (minutes)</source>
        <translation>«Luego» espera (minutos)</translation>
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
        <source>Bedtime (leave empty for no wind-down)</source>
        <translation>Hora de dormir (sin hora, no hay aviso para desconectar)</translation>
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
        <source>Crisis lines region (empty follows the system)</source>
        <translation>Región de las líneas de crisis (vacío: la del sistema)</translation>
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
</context>
</TS>
