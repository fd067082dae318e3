<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuthorizeRequest</name>
    <message>
        <source>no sign-in was started. Start the sign-in again.</source>
        <translation>no se ha iniciado ningún inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>that is not the address CareLink sends back after signing in (it starts with %1).</source>
        <translation>esa no es la dirección que CareLink devuelve tras iniciar sesión (empieza por %1).</translation>
    </message>
    <message>
        <source>CareLink did not complete the sign-in (%1). Try again.</source>
        <translation>CareLink no completó el inicio de sesión (%1). Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again.</source>
        <translation>esta respuesta de inicio de sesión no corresponde al inicio de sesión que empezó Nightbridge. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>the answer carries no sign-in code. Start the sign-in again.</source>
        <translation>la respuesta no contiene ningún código de inicio de sesión. Vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>the sign-in code has expired or was already used. Sign in again.</source>
        <translation>el código de inicio de sesión ha caducado o ya se usó. Vuelva a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry has no valid name.</source>
        <translation>La entrada de inicio automático no tiene un nombre válido.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>No se puede eliminar %1.</translation>
    </message>
    <message>
        <source>The application path is unknown.</source>
        <translation>Se desconoce la ruta de la aplicación.</translation>
    </message>
    <message>
        <source>Cannot change the Windows start-up entry.</source>
        <translation>No se puede cambiar la entrada de inicio de Windows.</translation>
    </message>
</context>
<context>
    <name>BackfillEta</name>
    <message>
        <source>less than a minute left</source>
        <translation>menos de un minuto restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>queda unos %n min</numerusform>
            <numerusform>quedan unos %n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLinkErrors</name>
    <message>
        <source>CareLink refused access even after renewing the sign-in. Check that the CareLink account (and its link to the patient) is still active.</source>
        <translation>CareLink denegó el acceso incluso después de renovar el inicio de sesión. Compruebe que la cuenta de CareLink (y su vínculo con el paciente) sigue activa.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Función de CareLink desconocida «%1». Conocidas: %2.</translation>
    </message>
    <message>
        <source>CareLink answered in a way Nightbridge does not understand (the vendor may have changed something). If this persists, look for an update of Nightbridge.</source>
        <translation>CareLink respondió de una forma que Nightbridge no entiende (puede que el fabricante haya cambiado algo). Si persiste, busque una actualización de Nightbridge.</translation>
    </message>
    <message>
        <source>CareLink sign-in needed: sign in again in the browser. Remember that each app needs its own CareLink follower account, because signing in elsewhere ends this session.</source>
        <translation>Es necesario iniciar sesión en CareLink: vuelva a iniciar sesión en el navegador. Recuerde que cada aplicación necesita su propia cuenta de seguidor de CareLink, porque iniciar sesión en otro sitio cierra esta sesión.</translation>
    </message>
    <message>
        <source>CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or raise the CareLink app version in the settings.</source>
        <translation>CareLink exige una versión más reciente de la aplicación (Nightbridge envió %1); actualice Nightbridge o aumente la versión de la aplicación CareLink en los ajustes.</translation>
    </message>
    <message>
        <source>CareLink sign-in failed: %1</source>
        <translation>Error al iniciar sesión en CareLink: %1</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>El servicio de inicio de sesión de CareLink ha bloqueado la solicitud por ahora (HTTP %1, quizá un cortafuegos). Nightbridge conserva la sesión y lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service answered in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>El servicio de inicio de sesión de CareLink respondió de una forma que Nightbridge no entiende (HTTP %1; puede que el fabricante haya cambiado algo). Nightbridge conserva la sesión y lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink ha bloqueado la solicitud por ahora (HTTP %1, quizá un cortafuegos). Nightbridge conserva la sesión y lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: nightbridge-cli [global options] &lt;command&gt; [options]

Syncs Medtronic CareLink and Tandem Source data to Nightscout.

Commands:
</source>
        <translation>Uso: nightbridge-cli [opciones globales] &lt;comando&gt; [opciones]

Sincroniza los datos de Medtronic CareLink y Tandem Source con Nightscout.

Comandos:
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run `nightbridge-cli --help` for the list.</source>
        <translation>Comando desconocido «%1». Ejecute `nightbridge-cli --help` para ver la lista.</translation>
    </message>
    <message>
        <source>
Global options (anywhere on the line):
  --config DIR     keep settings, state, logs (and the opt-in credential file) in DIR
                   (also NIGHTBRIDGE_CONFIG_DIR; default: the user&apos;s config and data folders)
  --account A      work on these accounts only (repeat, or A,B)
  --features LIST  what to upload this time: vendor feature names, comma- or space-separated
                   (--features BASAL,BOLUS or, as tconnectsync takes them, --features BASAL BOLUS)
  --pretend        fetch and convert, but upload nothing and change no state
  -v, --verbose    log to standard error too (the log file is under the data folder)
  --demo           the real engine against built-in fake CareLink and Tandem services
  --help, -h       this help, or `nightbridge-cli help &lt;command&gt;`
  --version        the version

tconnectsync&apos;s options work too: --auto-update (= sync --auto-update), --check-login
(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.
Without a command, those flags run one sync pass as tconnectsync did.

Environment (containers): NS_URL, NS_SECRET or NS_TOKEN; TCONNECT_EMAIL, TCONNECT_PASSWORD,
TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER; CARELINK_COUNTRY, CARELINK_REGION,
CARELINK_PATIENT; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.

Exit codes: 0 ok, 1 failure, 2 usage, 3 configuration, 4 authentication (sign-in refused or
needed), 5 network or server unavailable (try again later), 6 unexpected data (the vendor
changed something, or a malformed input file), 7 keychain or local storage, 8 another
Nightbridge process is syncing, 130 cancelled.
</source>
        <translation>
Opciones globales (en cualquier lugar de la línea):
  --config DIR     guardar ajustes, estado, registros (y el archivo de credenciales opcional) en DIR
                   (también NIGHTBRIDGE_CONFIG_DIR; por defecto: las carpetas de configuración y datos del usuario)
  --account A      trabajar solo con estas cuentas (repetible, o A,B)
  --features LIST  qué subir esta vez: nombres de funciones del fabricante, separados por comas o espacios
                   (--features BASAL,BOLUS o, como los toma tconnectsync, --features BASAL BOLUS)
  --pretend        obtener y convertir, pero no subir nada ni cambiar ningún estado
  -v, --verbose    registrar también en la salida de error (el archivo de registro está en la carpeta de datos)
  --demo           el motor real contra servicios simulados de CareLink y Tandem integrados
  --help, -h       esta ayuda, o `nightbridge-cli help &lt;comando&gt;`
  --version        la versión

Las opciones de tconnectsync también funcionan: --auto-update (= sync --auto-update), --check-login
(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.
Sin comando, esas opciones ejecutan una pasada de sincronización, como hacía tconnectsync.

Entorno (contenedores): NS_URL, NS_SECRET o NS_TOKEN; TCONNECT_EMAIL, TCONNECT_PASSWORD,
TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER; CARELINK_COUNTRY, CARELINK_REGION,
CARELINK_PATIENT; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.

Códigos de salida: 0 correcto, 1 fallo, 2 uso, 3 configuración, 4 autenticación (inicio de sesión rechazado o
necesario), 5 red o servidor no disponible (inténtelo más tarde), 6 datos inesperados (el fabricante
cambió algo, o un archivo de entrada mal formado), 7 llavero o almacenamiento local, 8 otro proceso
de Nightbridge está sincronizando, 130 cancelado.
</translation>
    </message>
    <message>
        <source>
When something does not work, `nightbridge-cli doctor` checks everything in one go.

Running it regularly (replace the path with where nightbridge-cli is installed):
  cron (crontab -e), every 5 minutes:
    */5 * * * * /usr/local/bin/nightbridge-cli sync --once &gt;/dev/null 2&gt;&amp;1
  systemd user timer: ~/.config/systemd/user/nightbridge.service with
    [Service]
    Type=oneshot
    ExecStart=/usr/local/bin/nightbridge-cli sync --once
  and ~/.config/systemd/user/nightbridge.timer with
    [Timer]
    OnBootSec=2min
    OnUnitActiveSec=5min
    [Install]
    WantedBy=timers.target
  then: systemctl --user enable --now nightbridge.timer
  Windows Task Scheduler, every 5 minutes:
    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr &quot;\&quot;C:\Program Files\Nightbridge\nightbridge-cli.exe\&quot; sync --once&quot;
</source>
        <translation>
Cuando algo no funcione, `nightbridge-cli doctor` lo comprueba todo de una vez.

Para ejecutarlo con regularidad (sustituya la ruta por donde esté instalado nightbridge-cli):
  cron (crontab -e), cada 5 minutos:
    */5 * * * * /usr/local/bin/nightbridge-cli sync --once &gt;/dev/null 2&gt;&amp;1
  temporizador de usuario de systemd: ~/.config/systemd/user/nightbridge.service con
    [Service]
    Type=oneshot
    ExecStart=/usr/local/bin/nightbridge-cli sync --once
  y ~/.config/systemd/user/nightbridge.timer con
    [Timer]
    OnBootSec=2min
    OnUnitActiveSec=5min
    [Install]
    WantedBy=timers.target
  después: systemctl --user enable --now nightbridge.timer
  Programador de tareas de Windows, cada 5 minutos:
    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr &quot;\&quot;C:\Program Files\Nightbridge\nightbridge-cli.exe\&quot; sync --once&quot;
</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>El reloj de este ordenador está desajustado %n minuto (adelantado respecto a %1). Ajuste la fecha y la hora correctas (hora automática); Nightbridge conserva la sesión y lo vuelve a intentar.</numerusform>
            <numerusform>El reloj de este ordenador está desajustado %n minutos (adelantado respecto a %1). Ajuste la fecha y la hora correctas (hora automática); Nightbridge conserva la sesión y lo vuelve a intentar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>El reloj de este ordenador está desajustado %n minuto (atrasado respecto a %1). Ajuste la fecha y la hora correctas (hora automática); Nightbridge conserva la sesión y lo vuelve a intentar.</numerusform>
            <numerusform>El reloj de este ordenador está desajustado %n minutos (atrasado respecto a %1). Ajuste la fecha y la hora correctas (hora automática); Nightbridge conserva la sesión y lo vuelve a intentar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Convert a saved vendor response to Nightscout JSON (offline)</source>
        <translation>Convertir una respuesta guardada del fabricante a JSON de Nightscout (sin conexión)</translation>
    </message>
    <message>
        <source>convert needs --source and --input.</source>
        <translation>convert necesita --source y --input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use tandem or carelink.</source>
        <translation>Fuente desconocida «%1»: use tandem o carelink.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli convert --source tandem|carelink --input FILE [options]

Reads a saved vendor response and prints the Nightscout documents Nightbridge would
upload for it, as {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[], &quot;profile&quot;:[]}.

Options:
  --source S       tandem or carelink
  --input FILE     the saved response (&quot;-&quot; for standard input)
  --timezone ZONE  IANA time zone of the pump clock (tandem; default: this computer&apos;s)
  --features LIST  comma-separated features to convert (default: the source&apos;s defaults)
  --end TIME       tandem: where the last basal ends, as a sync&apos;s &quot;now&quot; (ISO 8601;
                   default: the time of the newest record in the input)
  --compact        one-line JSON
</source>
        <translation>Uso: nightbridge-cli convert --source tandem|carelink --input ARCHIVO [opciones]

Lee una respuesta guardada del fabricante e imprime los documentos de Nightscout que Nightbridge
subiría por ella, como {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[], &quot;profile&quot;:[]}.

Opciones:
  --source S        tandem o carelink
  --input ARCHIVO   la respuesta guardada («-» para la entrada estándar)
  --timezone ZONA   zona horaria IANA del reloj de la bomba (tandem; por defecto: la de este ordenador)
  --features LIST   funciones a convertir, separadas por comas (por defecto: las de la fuente)
  --end HORA        tandem: dónde termina la última basal, como el «ahora» de una sincronización (ISO 8601;
                    por defecto: la hora del registro más reciente de la entrada)
  --compact         JSON en una línea
</translation>
    </message>
</context>
<context>
    <name>GlucoseDisplay</name>
    <message>
        <source>urgent low</source>
        <translation>muy baja</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>en rango</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>urgent high</source>
        <translation>muy alta</translation>
    </message>
    <message>
        <source>mmol/L</source>
        <translation>mmol/L</translation>
    </message>
    <message>
        <source>mg/dL</source>
        <translation>mg/dL</translation>
    </message>
    <message>
        <source>rising fast</source>
        <translation>subiendo rápido</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>subiendo</translation>
    </message>
    <message>
        <source>rising slowly</source>
        <translation>subiendo lentamente</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>estable</translation>
    </message>
    <message>
        <source>falling slowly</source>
        <translation>bajando lentamente</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>bajando</translation>
    </message>
    <message>
        <source>falling fast</source>
        <translation>bajando rápido</translation>
    </message>
    <message>
        <source>trend unknown</source>
        <translation>tendencia desconocida</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>justo ahora</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>hace %n min</numerusform>
            <numerusform>hace %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>hace %n h</numerusform>
            <numerusform>hace %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>hace %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>no programada</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ahora</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>en %n min</numerusform>
            <numerusform>en %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>en %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>Cannot find %1&apos;s server. Check the address and your internet connection.</source>
        <translation>No se encuentra el servidor de %1. Compruebe la dirección y su conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; Nightbridge will try again.</source>
        <translation>%1 rechazó la conexión. Puede que el servidor no esté disponible; Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Nightbridge will try again.</source>
        <translation>Se interrumpió la conexión con %1. Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the address; if it is right, the site&apos;s certificate needs fixing.</source>
        <translation>Falló la conexión segura con %1: su certificado no es de confianza. Compruebe la dirección; si es correcta, hay que corregir el certificado del sitio.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Nightbridge will try again.</source>
        <translation>%1 notificó un error desconocido. Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for your safety.</source>
        <translation>%1 intentó redirigir una conexión segura a una no segura. Nightbridge lo rechazó por su seguridad.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting. Check the address.</source>
        <translation>%1 redirige una y otra vez. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>%1 answered in a way Nightbridge does not understand.</source>
        <translation>%1 respondió de una forma que Nightbridge no entiende.</translation>
    </message>
    <message>
        <source>Could not reach %1. Nightbridge will try again.</source>
        <translation>No se pudo conectar con %1. Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 refused the credentials. Check them in the settings.</source>
        <translation>%1 rechazó las credenciales. Compruébelas en los ajustes.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Nightbridge will try again.</source>
        <translation>%1 tardó demasiado en responder. Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. It will try again later.</source>
        <translation>%1 pide a Nightbridge que vaya más despacio. Lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Nightbridge will try again.</source>
        <translation>%1 tiene un problema (error del servidor %2). Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>%1 does not know this address (404). Check the URL in the settings.</source>
        <translation>%1 no conoce esta dirección (404). Compruebe la URL en los ajustes.</translation>
    </message>
    <message>
        <source>%1 refused the upload as too large.</source>
        <translation>%1 rechazó la subida por ser demasiado grande.</translation>
    </message>
    <message>
        <source>%1 rejected a request (HTTP %2). This may mean the service changed; see the log for details.</source>
        <translation>%1 rechazó una solicitud (HTTP %2). Puede que el servicio haya cambiado; consulte el registro para más detalles.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly (HTTP %2).</source>
        <translation>%1 respondió de forma inesperada (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Nightbridge will try again.</source>
        <translation>%1 no respondió a tiempo. Nightbridge lo volverá a intentar.</translation>
    </message>
    <message>
        <source>Cannot find %1&apos;s server. Check your internet connection.</source>
        <translation>No se encuentra el servidor de %1. Compruebe su conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; try again later.</source>
        <translation>%1 ha rechazado la conexión. Puede que el servidor no esté disponible; inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Try again.</source>
        <translation>Se ha interrumpido la conexión con %1. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. A proxy or filter on your network may be in the way.</source>
        <translation>La conexión segura con %1 ha fallado: su certificado no es de confianza. Puede que un proxy o un filtro de su red se interponga.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Try again later.</source>
        <translation>%1 ha informado de un error desconocido. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting.</source>
        <translation>%1 redirige una y otra vez.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and try again.</source>
        <translation>No se puede conectar con %1. Compruebe su conexión a Internet e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Try again later.</source>
        <translation>%1 ha tardado demasiado en responder. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. Wait a few minutes before testing again.</source>
        <translation>%1 pide a Nightbridge que vaya más despacio. Espere unos minutos antes de volver a probar.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Try again later.</source>
        <translation>%1 tiene un problema (error del servidor %2). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 no ha respondido a tiempo. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server or something between you and it is misbehaving.</source>
        <translation>%1 envió una respuesta de más de %2 MB. Nightbridge dejó de leerla; el servidor o algo entre usted y él no funciona correctamente.</translation>
    </message>
    <message>
        <source>%1 tried to send your data on to another server. Nightbridge refused.</source>
        <translation>%1 intentó reenviar sus datos a otro servidor. Nightbridge se negó.</translation>
    </message>
</context>
<context>
    <name>NightscoutCommand</name>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Test the Nightscout connection, or upload a JSON file to it</source>
        <translation>Probar la conexión con Nightscout o subir un archivo JSON</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number.</source>
        <translation>--batch-size necesita un número positivo.</translation>
    </message>
    <message>
        <source>No Nightscout address: use --url or set NS_URL.</source>
        <translation>No hay dirección de Nightscout: use --url o defina NS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the secret file: %1</source>
        <translation>No se puede leer el archivo del secreto: %1</translation>
    </message>
    <message>
        <source>Site:              %1</source>
        <translation>Sitio:               %1</translation>
    </message>
    <message>
        <source>Nightscout:        %1</source>
        <translation>Nightscout:          %1</translation>
    </message>
    <message>
        <source>Units:             %1</source>
        <translation>Unidades:            %1</translation>
    </message>
    <message>
        <source>API enabled:       %1</source>
        <translation>API activada:        %1</translation>
    </message>
    <message>
        <source>Careportal:        %1</source>
        <translation>Careportal:          %1</translation>
    </message>
    <message>
        <source>Write permission:  %1</source>
        <translation>Permiso de escritura: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problema: %1</translation>
    </message>
    <message>
        <source>Connection OK.</source>
        <translation>Conexión correcta.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>el archivo debe contener un único objeto JSON</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>estructura inesperada</translation>
    </message>
    <message>
        <source>%1 is not a Nightscout batch: %2</source>
        <translation>%1 no es un lote de Nightscout: %2</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Error al subir: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 requests.</source>
        <translation>Se subieron %1 documentos (%2 sin cambios, %3 dejados a otros programas de subida, %4 rechazados) en %5 solicitudes.</translation>
    </message>
    <message>
        <source>Usage:
  nightbridge-cli nightscout check [options]
  nightbridge-cli nightscout upload FILE [--pretend] [options]

check   Connects to the site and prints its version, units and whether Nightbridge may upload,
        or what is wrong (wrong secret, read-only site, https required, not Nightscout, ...).
upload  Uploads FILE (&quot;-&quot;: standard input), {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[],
        &quot;profile&quot;:[]} as printed by `nightbridge-cli convert`, or any valid Nightscout documents in
        that shape: one without an identifier gets a stable one from its collection and time, so
        uploading the same file twice stores everything once. Invalid documents are listed and
        make the command exit with code 6 (the valid ones are uploaded). --pretend prints the
        requests that would be made, without any network access.

Options:
  --url URL           the site (else NS_URL, else the configured site with its stored secret)
  --account A         check: the site of account A (its own, else the shared one)
  --secret-file FILE  file holding the API secret (else NS_SECRET)
  --token-file FILE   file holding an access token (&quot;-&quot;: standard input; else NS_TOKEN)
  --allow-http        allow plain http:// to a non-loopback address (the secret travels in clear)
  --settings FILE     read url, allow-http and batch size from this settings file
  --batch-size N      documents per upload request (default 500)
  --json              machine-readable output
  --verbose           log progress to standard error

Exit codes: 0 ok, 2 usage, 3 configuration (address, read-only site, input file),
4 secret or token refused / no permission, 5 site unreachable or failing (try again later),
6 unexpected answer or malformed input file, 130 cancelled.
</source>
        <translation>Uso:
  nightbridge-cli nightscout check [opciones]
  nightbridge-cli nightscout upload ARCHIVO [--pretend] [opciones]

check   Se conecta al sitio e imprime su versión, sus unidades y si Nightbridge puede subir datos,
        o qué falla (secreto erróneo, sitio de solo lectura, https obligatorio, no es Nightscout, ...).
upload  Sube ARCHIVO («-»: entrada estándar), {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[],
        &quot;profile&quot;:[]} tal como lo imprime `nightbridge-cli convert`, o cualquier documento válido de Nightscout
        con esa forma: uno sin identifier recibe uno estable a partir de su colección y su hora, de modo que
        subir dos veces el mismo archivo guarda todo una sola vez. Los documentos no válidos se enumeran y
        hacen que el comando termine con el código 6 (los válidos se suben). --pretend muestra las
        solicitudes que se harían, sin ningún acceso a la red.

Opciones:
  --url URL              el sitio (si no, NS_URL; si no, el sitio configurado con su secreto guardado)
  --account A            check: el sitio de la cuenta A (el suyo propio, si no, el compartido)
  --secret-file ARCHIVO  archivo con el API secret (si no, NS_SECRET)
  --token-file ARCHIVO   archivo con un token de acceso («-»: entrada estándar; si no, NS_TOKEN)
  --allow-http           permitir http:// simple a una dirección que no sea local (el secreto viaja sin cifrar)
  --settings ARCHIVO     leer la URL, allow-http y el tamaño de lote de este archivo de ajustes
  --batch-size N         documentos por solicitud de subida (500 por defecto)
  --json                 salida legible por máquina
  --verbose              registrar el progreso en la salida de error

Códigos de salida: 0 correcto, 2 uso, 3 configuración (dirección, sitio de solo lectura, archivo de entrada),
4 secreto o token rechazado / sin permiso, 5 sitio inaccesible o con fallos (inténtelo más tarde),
6 respuesta inesperada o archivo de entrada mal formado, 130 cancelado.
</translation>
    </message>
    <message>
        <source>--token is no longer accepted: a command line is visible to other users of this computer. Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set NS_TOKEN.</source>
        <translation>--token ya no se acepta: una línea de comandos es visible para otros usuarios de este equipo. Guarde el token en un archivo y use --token-file ARCHIVO, páselo por la entrada estándar con --token-file - o defina NS_TOKEN.</translation>
    </message>
    <message>
        <source>Invalid document %1[%2]: %3</source>
        <translation>Documento no válido %1[%2]: %3</translation>
    </message>
</context>
<context>
    <name>NsAuthStatus</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when checking the API secret or token (the server may have changed something).</source>
        <translation>Nightscout respondió de una forma que Nightbridge no entiende al comprobar el API secret o el token (puede que el servidor haya cambiado algo).</translation>
    </message>
</context>
<context>
    <name>NsErrors</name>
    <message>
        <source>No Nightscout API secret or access token is set. Enter one so Nightbridge can upload.</source>
        <translation>No hay ningún API secret ni token de acceso de Nightscout. Introduzca uno para que Nightbridge pueda subir datos.</translation>
    </message>
    <message>
        <source>Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on your site (Nightscout waits a few seconds after every wrong attempt).</source>
        <translation>Nightscout no aceptó el API secret. Introduzca el API_SECRET exactamente como está configurado en su sitio (Nightscout espera unos segundos tras cada intento fallido).</translation>
    </message>
    <message>
        <source>Nightscout did not accept the access token. Copy the token again from the site&apos;s Admin Tools (Subjects).</source>
        <translation>Nightscout no aceptó el token de acceso. Vuelva a copiar el token desde las herramientas de administración del sitio (Subjects).</translation>
    </message>
    <message>
        <source>The access token may read but not upload. In the site&apos;s Admin Tools give its subject the &quot;admin&quot; role or a role that allows creating entries and treatments, or use the API secret.</source>
        <translation>El token de acceso puede leer pero no subir. En las herramientas de administración del sitio, asigne a su sujeto el rol «admin» o un rol que permita crear entradas y tratamientos, o use el API secret.</translation>
    </message>
    <message>
        <source>Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the site&apos;s settings and restart it.</source>
        <translation>Su sitio de Nightscout es de solo lectura: su API_SECRET falta o tiene menos de %1 caracteres, así que no acepta subidas. Configure un API_SECRET de al menos %1 caracteres en los ajustes del sitio y reinícielo.</translation>
    </message>
    <message>
        <source>The API secret entered in Nightbridge is also too short.</source>
        <translation>El API secret introducido en Nightbridge también es demasiado corto.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept treatments: enable the &quot;careportal&quot; feature (ENABLE setting) and restart it.</source>
        <translation>Su sitio de Nightscout no acepta tratamientos: active la función «careportal» (ajuste ENABLE) y reinícielo.</translation>
    </message>
    <message>
        <source>Your Nightscout site only works over https. Change the address to %1.</source>
        <translation>Su sitio de Nightscout solo funciona con https. Cambie la dirección a %1.</translation>
    </message>
    <message>
        <source>The Nightscout address %1 redirects to %2. Check the address in the settings.</source>
        <translation>La dirección de Nightscout %1 redirige a %2. Compruebe la dirección en los ajustes.</translation>
    </message>
    <message>
        <source>No Nightscout site answered at %1. Check the address.</source>
        <translation>Ningún sitio de Nightscout respondió en %1. Compruebe la dirección.</translation>
    </message>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand (the server may have changed something).</source>
        <translation>Nightscout respondió de una forma que Nightbridge no entiende (puede que el servidor haya cambiado algo).</translation>
    </message>
    <message>
        <source>A %1 document is too large for Nightscout to accept.</source>
        <translation>Un documento %1 es demasiado grande para que Nightscout lo acepte.</translation>
    </message>
    <message>
        <source>Nightbridge refused to upload a %1 document it did not create itself.</source>
        <translation>Nightbridge se negó a subir un documento %1 que no creó él mismo.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept this upload (404): it may be read-only (API_SECRET shorter than %1 characters) or have the careportal feature off.</source>
        <translation>Su sitio de Nightscout no acepta esta subida (404): puede que sea de solo lectura (API_SECRET de menos de %1 caracteres) o que tenga desactivada la función careportal.</translation>
    </message>
</context>
<context>
    <name>NsJwt</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when asked for an access token (the server may have changed something).</source>
        <translation>Nightscout respondió de una forma que Nightbridge no entiende al solicitar un token de acceso (puede que el servidor haya cambiado algo).</translation>
    </message>
</context>
<context>
    <name>NsServerStatus</name>
    <message>
        <source>The site did not answer like a Nightscout site. Check the address.</source>
        <translation>El sitio no respondió como un sitio de Nightscout. Compruebe la dirección.</translation>
    </message>
</context>
<context>
    <name>NsUrl</name>
    <message>
        <source>Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>Introduzca la dirección de su sitio de Nightscout, p. ej. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>«%1» no es una dirección web válida. Introduzca la dirección de su sitio de Nightscout, p. ej. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>The Nightscout address must start with https://.</source>
        <translation>La dirección de Nightscout debe empezar por https://.</translation>
    </message>
    <message>
        <source>The Nightscout address contains a user name or secret. Enter only the site address here and put the API secret or token in its own field.</source>
        <translation>La dirección de Nightscout contiene un nombre de usuario o un secreto. Introduzca aquí solo la dirección del sitio y ponga el API secret o el token en su propio campo.</translation>
    </message>
    <message>
        <source>The Nightscout address contains extra parts after &quot;?&quot; or &quot;#&quot;. Enter only the site address here and put an access token in the token field.</source>
        <translation>La dirección de Nightscout contiene partes adicionales después de «?» o «#». Introduzca aquí solo la dirección del sitio y ponga el token de acceso en el campo del token.</translation>
    </message>
    <message>
        <source>The Nightscout address uses http://, so your API secret would travel unencrypted. Use the https:// address of your site (or explicitly allow plain HTTP in the settings if this is a private network).</source>
        <translation>La dirección de Nightscout usa http://, así que su API secret viajaría sin cifrar. Use la dirección https:// de su sitio (o permita expresamente HTTP simple en los ajustes si se trata de una red privada).</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>No reading yet</source>
        <translation>Aún no hay lecturas</translation>
    </message>
    <message>
        <source>%1 (old)</source>
        <translation>%1 (antigua)</translation>
    </message>
    <message>
        <source>Nightbridge (demo data, not real readings)</source>
        <translation>Nightbridge (datos de demostración, no son lecturas reales)</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>paused, resumes %1</source>
        <translation>en pausa, se reanuda %1</translation>
    </message>
    <message>
        <source>, synced %1</source>
        <translation>, sincronizado %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Última sincronización: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Próxima sincronización: %1</translation>
    </message>
    <message>
        <source>Newest data: %1</source>
        <translation>Datos más recientes: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Último error: %1</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Check password…</source>
        <translation>Comprobar contraseña…</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Abrir ajustes…</translation>
    </message>
    <message>
        <source>IOB %1 U</source>
        <translation>IOB %1 U</translation>
    </message>
    <message>
        <source>Reservoir %1 U</source>
        <translation>Reservorio %1 U</translation>
    </message>
    <message>
        <source>Pump battery %1 %</source>
        <translation>Batería de la bomba %1 %</translation>
    </message>
    <message>
        <source>Phone battery %1 %</source>
        <translation>Batería del teléfono %1 %</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>esperando la primera sincronización</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 % in range · %2 % low · %3 % high · average %4</source>
        <translation>%1 % en rango · %2 % bajo · %3 % alto · media %4</translation>
    </message>
    <message>
        <source>Tandem readings arrive 30 minutes or more late.</source>
        <translation>Las lecturas de Tandem llegan con 30 minutos o más de retraso.</translation>
    </message>
    <message>
        <source>No account yet: add an account to sync</source>
        <translation>Todavía no hay ninguna cuenta: añada una cuenta para sincronizar</translation>
    </message>
    <message>
        <source>DEMO — not real readings</source>
        <translation>DEMO — no son lecturas reales</translation>
    </message>
    <message>
        <source>, never synced</source>
        <translation>, nunca sincronizado</translation>
    </message>
</context>
<context>
    <name>SyncHealthSummary</name>
    <message>
        <source>no account set up</source>
        <translation>ninguna cuenta configurada</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>al día</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>sincronizando</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>reintentando</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>requiere su atención</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pausa</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivado</translation>
    </message>
</context>
<context>
    <name>TandemErrors</name>
    <message>
        <source>Tandem Source data that Nightbridge does not understand (the vendor may have changed something): %1: %2. Nothing from it was uploaded.</source>
        <translation>Datos de Tandem Source que Nightbridge no entiende (puede que el fabricante haya cambiado algo): %1: %2. No se subió nada de ellos.</translation>
    </message>
    <message>
        <source>Tandem Source answered in a way Nightbridge does not understand (the vendor may have changed something).</source>
        <translation>Tandem Source respondió de una forma que Nightbridge no entiende (puede que el fabricante haya cambiado algo).</translation>
    </message>
    <message>
        <source>Tandem Source did not accept the e-mail address and password. Check them in the account settings.</source>
        <translation>Tandem Source no aceptó el correo electrónico y la contraseña. Compruébelos en los ajustes de la cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to Tandem Source failed %n time(s) in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</source>
        <translation>
            <numerusform>El inicio de sesión en Tandem Source falló %n vez seguida, así que Nightbridge dejó de intentarlo para evitar que se bloquee su cuenta. Compruebe su correo electrónico y su contraseña y vuelva a guardarlos.</numerusform>
            <numerusform>El inicio de sesión en Tandem Source falló %n veces seguidas, así que Nightbridge dejó de intentarlo para evitar que se bloquee su cuenta. Compruebe su correo electrónico y su contraseña y vuelva a guardarlos.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Tandem Source account has no pump with uploaded data yet. Upload from the pump (t:slim X2 or Mobi app) first.</source>
        <translation>Esta cuenta de Tandem Source aún no tiene ninguna bomba con datos subidos. Suba primero los datos desde la bomba (t:slim X2 o aplicación Mobi).</translation>
    </message>
    <message>
        <source>No pump with serial number %1 in this Tandem Source account. Check the serial number in the account settings, or leave it empty to use the most recent pump.</source>
        <translation>No hay ninguna bomba con el número de serie %1 en esta cuenta de Tandem Source. Compruebe el número de serie en los ajustes de la cuenta o déjelo vacío para usar la bomba más reciente.</translation>
    </message>
    <message>
        <source>The Tandem Source settings are not valid: %1.</source>
        <translation>Los ajustes de Tandem Source no son válidos: %1.</translation>
    </message>
    <message>
        <source>Tandem Source sign-in returned an identity token that Nightbridge could not verify. Try again later; if it persists, the vendor may have changed something.</source>
        <translation>El inicio de sesión en Tandem Source devolvió un token de identidad que Nightbridge no pudo verificar. Inténtelo más tarde; si persiste, puede que el fabricante haya cambiado algo.</translation>
    </message>
    <message>
        <source>Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source ha bloqueado el inicio de sesión por ahora (HTTP %1, quizá un cortafuegos). No es una contraseña incorrecta; Nightbridge lo volverá a intentar más tarde.</translation>
    </message>
    <message>
        <source>Tandem Source answered the sign-in in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source respondió al inicio de sesión de una forma que Nightbridge no entiende (HTTP %1; puede que el fabricante haya cambiado algo). No es una contraseña incorrecta; Nightbridge lo volverá a intentar más tarde.</translation>
    </message>
</context>
<context>
    <name>TreatmentMapper</name>
    <message>
        <source>SmartGuard auto correction</source>
        <translation>Autocorrección SmartGuard</translation>
    </message>
    <message>
        <source>SmartGuard auto basal %1 U</source>
        <translation>Basal automática SmartGuard %1 U</translation>
    </message>
    <message>
        <source>Sensor calibration</source>
        <translation>Calibración del sensor</translation>
    </message>
    <message>
        <source>SmartGuard suspended insulin for low glucose</source>
        <translation>SmartGuard suspendió la insulina por glucosa baja</translation>
    </message>
    <message>
        <source>SmartGuard mode changed</source>
        <translation>Modo SmartGuard cambiado</translation>
    </message>
    <message>
        <source>SmartGuard on</source>
        <translation>SmartGuard activado</translation>
    </message>
    <message>
        <source>SmartGuard off</source>
        <translation>SmartGuard desactivado</translation>
    </message>
    <message>
        <source>Pump clock changed</source>
        <translation>Reloj de la bomba cambiado</translation>
    </message>
</context>
<context>
    <name>UrlSchemeRegistration</name>
    <message>
        <source>The application path is unknown.</source>
        <translation>Se desconoce la ruta de la aplicación.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot register Nightbridge for the CareLink sign-in.</source>
        <translation>No se puede registrar Nightbridge para el inicio de sesión de CareLink.</translation>
    </message>
    <message>
        <source>This registration is for Windows only.</source>
        <translation>Este registro es solo para Windows.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quit after SECONDS (smoke tests).</source>
        <translation>Salir tras SEGUNDOS segundos (pruebas rápidas).</translation>
    </message>
    <message>
        <source>Syncs CareLink and Tandem Source data to Nightscout from the system tray.</source>
        <translation>Sincroniza los datos de CareLink y Tandem Source con Nightscout desde la bandeja del sistema.</translation>
    </message>
    <message>
        <source>A CareLink sign-in address handed over by the browser.</source>
        <translation>Una dirección de inicio de sesión de CareLink entregada por el navegador.</translation>
    </message>
    <message>
        <source>Run the demo (simulated CareLink and Tandem data) even when accounts are configured.</source>
        <translation>Ejecutar la demostración (datos simulados de CareLink y Tandem) aunque haya cuentas configuradas.</translation>
    </message>
    <message>
        <source>Keep settings, state and logs in DIR.</source>
        <translation>Guardar ajustes, estado y registros en DIR.</translation>
    </message>
    <message>
        <source>Log at debug level (the log file and stderr).</source>
        <translation>Registrar a nivel de depuración (archivo de registro y salida de error).</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
</context>
<context>
    <name>nb::AccountRepository</name>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>«%1» no es un identificador de cuenta válido (letras minúsculas, dígitos, - y _).</translation>
    </message>
    <message>
        <source>Accounts have no setting &quot;%1&quot;. Known: %2.</source>
        <translation>Las cuentas no tienen el ajuste «%1». Conocidos: %2.</translation>
    </message>
    <message>
        <source>Accounts from the environment are not saved.</source>
        <translation>Las cuentas del entorno no se guardan.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
</context>
<context>
    <name>nb::BackfillAccountPage</name>
    <message>
        <source>Which account?</source>
        <translation>¿Qué cuenta?</translation>
    </message>
    <message>
        <source>A backfill fetches a past range from the vendor and uploads what Nightscout is missing. Documents already on your site are left as they are.</source>
        <translation>La recuperación del historial obtiene un periodo pasado del fabricante y sube lo que falta en Nightscout. Los documentos que ya están en su sitio se dejan como están.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Cuenta:</translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>CareLink</source>
        <translation>CareLink</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no account yet. Add one in the settings first.</source>
        <translation>Aún no hay ninguna cuenta. Añada primero una en los ajustes.</translation>
    </message>
    <message>
        <source>An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). You can continue it on the next page.</source>
        <translation>Una recuperación anterior de esta cuenta se interrumpió (%1 a %2, %3 de %4 partes hechas). Puede continuarla en la página siguiente.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillFeaturesPage</name>
    <message>
        <source>What to fill?</source>
        <translation>¿Qué completar?</translation>
    </message>
    <message>
        <source>The account&apos;s own choices are preset. Changes here apply to this backfill only.</source>
        <translation>Las opciones de la cuenta vienen preseleccionadas. Los cambios aquí solo se aplican a esta recuperación.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Elija al menos un tipo de datos.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillJob</name>
    <message>
        <source>There is no interrupted backfill to resume.</source>
        <translation>No hay ninguna recuperación del historial interrumpida que reanudar.</translation>
    </message>
    <message>
        <source>Nothing of the requested range is left to fetch.</source>
        <translation>No queda nada por obtener del periodo solicitado.</translation>
    </message>
    <message>
        <source>The backfill was cancelled. Run it again to continue where it stopped.</source>
        <translation>La recuperación del historial se canceló. Ejecútela de nuevo para continuar donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillPlanner</name>
    <message numerus="yes">
        <source>This source keeps only the last %n hour(s) of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</source>
        <translation>
            <numerusform>Esta fuente solo conserva los datos de la última %n hora: las lecturas anteriores ya no se pueden obtener de ella. Se recuperará desde %1.</numerusform>
            <numerusform>Esta fuente solo conserva los datos de las últimas %n horas: las lecturas anteriores ya no se pueden obtener de ella. Se recuperará desde %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillPreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been uploaded yet.</source>
        <translation>Nightbridge obtuvo el periodo y lo comparó con su sitio de Nightscout. Todavía no se ha subido nada.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Missing on the site</source>
        <translation>Falta en el sitio</translation>
    </message>
    <message>
        <source>Different on the site</source>
        <translation>Distinto en el sitio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>En el sitio</translation>
    </message>
    <message>
        <source>Fetching the range from the vendor and comparing it with Nightscout…</source>
        <translation>Obteniendo el periodo del fabricante y comparándolo con Nightscout…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found so far.</source>
        <translation>
            <numerusform>%n documento encontrado hasta ahora.</numerusform>
            <numerusform>%n documentos encontrados hasta ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout already has everything in this range.</source>
        <translation>Nightscout ya tiene todo lo de este periodo.</translation>
    </message>
    <message>
        <source>Start the backfill to upload what is missing.</source>
        <translation>Inicie la recuperación para subir lo que falta.</translation>
    </message>
    <message>
        <source>%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ (the upload replaces those that Nightbridge wrote).</source>
        <translation>%1 documentos en el periodo. Nightscout ya tiene %2; faltan %3 y %4 son distintos (la subida sustituye los que escribió Nightbridge).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>different</source>
        <translation>distinto</translation>
    </message>
</context>
<context>
    <name>nb::BackfillRangePage</name>
    <message>
        <source>The last</source>
        <translation>Los últimos</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Which days?</source>
        <translation>¿Qué días?</translation>
    </message>
    <message>
        <source>Choose the range to fill. Days are in this computer&apos;s time zone.</source>
        <translation>Elija el periodo que desea completar. Los días son en la zona horaria de este ordenador.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message numerus="yes">
        <source>CareLink keeps only the last %n hour(s) of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</source>
        <translation>
            <numerusform>CareLink solo conserva los datos de la última %n hora. Nadie puede obtener de él lecturas anteriores, así que el periodo se limita a eso.</numerusform>
            <numerusform>CareLink solo conserva los datos de las últimas %n horas. Nadie puede obtener de él lecturas anteriores, así que el periodo se limita a eso.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is read in windows of up to %n day(s); a long range takes several requests and can take a few minutes.</source>
        <translation>
            <numerusform>%1 se lee en ventanas de hasta %n día; un periodo largo requiere varias solicitudes y puede tardar unos minutos.</numerusform>
            <numerusform>%1 se lee en ventanas de hasta %n días; un periodo largo requiere varias solicitudes y puede tardar unos minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>El fabricante</translation>
    </message>
    <message>
        <source>Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)</source>
        <translation>Continuar la recuperación interrumpida (%1 a %2, %3 de %4 partes hechas)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>El inicio debe ser anterior al final.</translation>
    </message>
    <message>
        <source>Nothing of this range can be fetched.</source>
        <translation>No se puede obtener nada de este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n request window(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n ventana de solicitud, de %1 a %2.</numerusform>
            <numerusform>%n ventanas de solicitud, de %1 a %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillRunPage</name>
    <message>
        <source>Cancel backfill</source>
        <translation>Cancelar la recuperación</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Recuperando el historial</translation>
    </message>
    <message>
        <source>You can cancel at any time: what was uploaded stays, and the backfill can continue later where it stopped.</source>
        <translation>Puede cancelar en cualquier momento: lo subido se conserva y la recuperación puede continuar más tarde donde se detuvo.</translation>
    </message>
    <message>
        <source>Found in the range:</source>
        <translation>Encontrados en el periodo:</translation>
    </message>
    <message>
        <source>Uploaded:</source>
        <translation>Subidos:</translation>
    </message>
    <message>
        <source>Already in Nightscout:</source>
        <translation>Ya en Nightscout:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Continuing where the backfill stopped…</source>
        <translation>Continuando donde se detuvo la recuperación…</translation>
    </message>
    <message>
        <source>Part %1 of %2%3</source>
        <translation>Parte %1 de %2%3</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (continuación)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it stopped, now or later.</source>
        <translation>Cancelada tras %1 de %2 partes. Lo subido se conserva; «Reanudar» continúa donde se detuvo, ahora o más tarde.</translation>
    </message>
    <message>
        <source>The progress is saved; Resume continues where it stopped.</source>
        <translation>El progreso está guardado; «Reanudar» continúa donde se detuvo.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSession</name>
    <message>
        <source>A backfill is running.</source>
        <translation>Hay una recuperación del historial en curso.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; does not exist.</source>
        <translation>La cuenta «%1» no existe.</translation>
    </message>
    <message>
        <source>The backfill was cancelled.</source>
        <translation>La recuperación del historial se canceló.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSummaryPage</name>
    <message>
        <source>Backfill finished</source>
        <translation>Recuperación del historial terminada</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.</source>
        <translation>%1: %2 documentos en el periodo de %3 a %4. %5 subidos, %6 ya estaban en Nightscout.</translation>
    </message>
    <message>
        <source>The backfill continued an interrupted one.</source>
        <translation>Esta recuperación continuó una interrumpida.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillWizard</name>
    <message>
        <source>Backfill Nightscout</source>
        <translation>Recuperar historial en Nightscout</translation>
    </message>
    <message>
        <source>Start backfill</source>
        <translation>Iniciar la recuperación</translation>
    </message>
</context>
<context>
    <name>nb::DemoMode</name>
    <message>
        <source>The demo could not start its built-in services.</source>
        <translation>La demostración no pudo iniciar sus servicios integrados.</translation>
    </message>
</context>
<context>
    <name>nb::DocumentSummary</name>
    <message>
        <source>Glucose readings</source>
        <translation>Lecturas de glucosa</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Tratamientos</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>Estado del dispositivo</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>%1 mg/dL %2</source>
        <translation>%1 mg/dL %2</translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 U/h</source>
        <translation>%1 U/h</translation>
    </message>
</context>
<context>
    <name>nb::DotEnv</name>
    <message>
        <source>Line %1 of the .env file is not NAME=value.</source>
        <translation>La línea %1 del archivo .env no tiene la forma NOMBRE=valor.</translation>
    </message>
    <message>
        <source>Line %1 of the .env file has an unclosed quote.</source>
        <translation>La línea %1 del archivo .env tiene unas comillas sin cerrar.</translation>
    </message>
</context>
<context>
    <name>nb::FileCredentialStore</name>
    <message>
        <source>Plain file, not encrypted (%1)</source>
        <translation>Archivo simple, sin cifrar (%1)</translation>
    </message>
    <message>
        <source>Nightbridge cannot use its credentials file %1. Check that the file and its folder belong to you and are writable, or switch back to the system keychain.</source>
        <translation>Nightbridge no puede usar su archivo de credenciales %1. Compruebe que el archivo y su carpeta le pertenecen y se pueden escribir, o vuelva al llavero del sistema.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAccountPage</name>
    <message>
        <source>Tandem Source (t:slim X2, Mobi)</source>
        <translation>Tandem Source (t:slim X2, Mobi)</translation>
    </message>
    <message>
        <source>Medtronic CareLink (MiniMed 780G and others)</source>
        <translation>Medtronic CareLink (MiniMed 780G y otras)</translation>
    </message>
    <message>
        <source>Your pump account</source>
        <translation>Su cuenta de la bomba</translation>
    </message>
    <message>
        <source>Where does your data come from? You can add more accounts later in the settings.</source>
        <translation>¿De dónde vienen sus datos? Puede añadir más cuentas más tarde en los ajustes.</translation>
    </message>
    <message>
        <source>Next is available once the sign-in worked.</source>
        <translation>«Siguiente» estará disponible en cuanto funcione el inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAutostartPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Iniciar Nightbridge al iniciar sesión</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date without you thinking about it.</source>
        <translation>Nightbridge solo puede sincronizar mientras se está ejecutando. Si se inicia al iniciar sesión, Nightscout se mantiene al día sin que tenga que pensar en ello.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunDonePage</name>
    <message>
        <source>All set</source>
        <translation>Todo listo</translation>
    </message>
    <message>
        <source>Nightbridge lives in the system tray. Its icon shows your latest reading; click it for details, or open the settings from its menu.</source>
        <translation>Nightbridge vive en la bandeja del sistema. Su icono muestra su última lectura; haga clic en él para ver los detalles o abra los ajustes desde su menú.</translation>
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation>Iniciando la primera sincronización…</translation>
    </message>
    <message>
        <source>Syncing %1 for the first time…</source>
        <translation>Sincronizando %1 por primera vez…</translation>
    </message>
    <message>
        <source>The first sync did not work: %1</source>
        <translation>La primera sincronización no funcionó: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first sync worked: %n document(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>La primera sincronización funcionó: %n documento subido a Nightscout.</numerusform>
            <numerusform>La primera sincronización funcionó: %n documentos subidos a Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest reading: %1 mg/dL at %2.</source>
        <translation>Última lectura: %1 mg/dL a las %2.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunFeaturesPage</name>
    <message>
        <source>What to upload</source>
        <translation>Qué subir</translation>
    </message>
    <message>
        <source>The usual choices are preset. &quot;Check Nightscout for other uploaders&quot; warns when something else already writes the same kind of data to your site.</source>
        <translation>Las opciones habituales vienen preseleccionadas. «Buscar otros programas de subida en Nightscout» avisa cuando otra cosa ya escribe el mismo tipo de datos en su sitio.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunNightscoutPage</name>
    <message>
        <source>Your Nightscout site</source>
        <translation>Su sitio de Nightscout</translation>
    </message>
    <message>
        <source>Enter the address of your site and its API secret or an access token, then test the connection.</source>
        <translation>Introduzca la dirección de su sitio y su API secret o un token de acceso, y después pruebe la conexión.</translation>
    </message>
    <message>
        <source>Next is available once the connection test passed.</source>
        <translation>«Siguiente» estará disponible en cuanto se supere la prueba de conexión.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWelcomePage</name>
    <message>
        <source>Welcome to Nightbridge</source>
        <translation>Bienvenido a Nightbridge</translation>
    </message>
    <message>
        <source>Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to your Nightscout site, in the background, for as long as this computer is on.

You need the address of your Nightscout site with its API secret (or an access token), and the sign-in of your CareLink or Tandem Source account. Passwords and secrets are kept in the system&apos;s keychain, never in a file.</source>
        <translation>Nightbridge copia los datos de su cuenta de Medtronic CareLink o Tandem Source a su sitio de Nightscout, en segundo plano, mientras este ordenador esté encendido.

Necesita la dirección de su sitio de Nightscout con su API secret (o un token de acceso) y los datos de inicio de sesión de su cuenta de CareLink o Tandem Source. Las contraseñas y los secretos se guardan en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>Just looking? The demo shows Nightbridge at work with made-up data, without any account.</source>
        <translation>¿Solo quiere echar un vistazo? La demostración muestra Nightbridge en funcionamiento con datos inventados, sin ninguna cuenta.</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Probar el modo de demostración</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWizard</name>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Configurar Nightbridge</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Guardar e iniciar</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Añada primero una cuenta.</translation>
    </message>
</context>
<context>
    <name>nb::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Llavero de macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Administrador de credenciales de Windows</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</source>
        <translation>
            <numerusform>El llavero no respondió en %n segundo. Si hay una ventana del llavero esperándole, respóndala; si no, desbloquee el llavero o reinicie su servicio e inténtelo de nuevo.</numerusform>
            <numerusform>El llavero no respondió en %n segundos. Si hay una ventana del llavero esperándole, respóndala; si no, desbloquee el llavero o reinicie su servicio e inténtelo de nuevo.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop session that provides one, or install and start gnome-keyring. On a server without a desktop you can choose the unencrypted credentials file in the settings.</source>
        <translation>No hay ningún servicio de llavero en ejecución (Secret Service: GNOME Keyring o KWallet). Inicie una sesión de escritorio que proporcione uno, o instale e inicie gnome-keyring. En un servidor sin escritorio puede elegir el archivo de credenciales sin cifrar en los ajustes.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Try again after logging in again.</source>
        <translation>El llavero del sistema no está disponible. Inténtelo de nuevo después de volver a iniciar sesión.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock it. Unlock it (for example with your desktop&apos;s password manager, or by logging in again) and try again.</source>
        <translation>El llavero está bloqueado o no tiene un llavero predeterminado, y Nightbridge no pudo pedirle que lo desbloqueara. Desbloquéelo (por ejemplo, con el gestor de contraseñas de su escritorio o volviendo a iniciar sesión) e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.</source>
        <translation>Se denegó el acceso al llavero. Permita que Nightbridge use el llavero e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved credential. Remove it with your keychain manager.</source>
        <translation>El llavero no pudo eliminar la credencial guardada. Elimínela con su gestor de llaveros.</translation>
    </message>
    <message>
        <source>This system has no keychain Nightbridge can use.</source>
        <translation>Este sistema no tiene ningún llavero que Nightbridge pueda usar.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Make sure it is unlocked and try again; the log has details.</source>
        <translation>El llavero notificó un error. Asegúrese de que está desbloqueado e inténtelo de nuevo; el registro tiene los detalles.</translation>
    </message>
</context>
<context>
    <name>nb::Outbox</name>
    <message>
        <source>Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full and the folder is writable.</source>
        <translation>Nightbridge no puede guardar sus subidas pendientes en %1. Compruebe que el disco no está lleno y que la carpeta se puede escribir.</translation>
    </message>
</context>
<context>
    <name>nb::RangeReader</name>
    <message>
        <source>Comparing with the Nightscout site took too long. Nightbridge will try again later.</source>
        <translation>La comparación con el sitio de Nightscout tardó demasiado. Nightbridge lo intentará de nuevo más tarde.</translation>
    </message>
    <message>
        <source>The Nightscout site needs more requests than expected to list its data. Nightbridge stopped comparing with it; check that the site (and any proxy in front of it) answers queries normally.</source>
        <translation>El sitio de Nightscout necesita más solicitudes de lo esperado para listar sus datos. Nightbridge dejó de compararlo; compruebe que el sitio (y cualquier proxy delante de él) responde normalmente a las consultas.</translation>
    </message>
    <message>
        <source>The Nightscout site ignored the time range Nightbridge asked for and sent other data (an old Nightscout version, or a proxy that drops the query). Nightbridge stopped comparing with the site; uploads are not affected.</source>
        <translation>El sitio de Nightscout ignoró el intervalo de tiempo que pidió Nightbridge y envió otros datos (una versión antigua de Nightscout o un proxy que descarta la consulta). Nightbridge dejó de compararlo con el sitio; las subidas no se ven afectadas.</translation>
    </message>
    <message>
        <source>The Nightscout site holds far more data for this time than expected. Nightbridge stopped comparing with it.</source>
        <translation>El sitio de Nightscout contiene muchos más datos de los esperados para este periodo. Nightbridge dejó de compararlo.</translation>
    </message>
</context>
<context>
    <name>nb::Runtime</name>
    <message>
        <source>Cannot create the folder %1. Check --config and the permissions.</source>
        <translation>No se puede crear la carpeta %1. Compruebe --config y los permisos.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;. Accounts: %2.</source>
        <translation>No existe la cuenta «%1». Cuentas: %2.</translation>
    </message>
    <message>
        <source>none (see `nightbridge-cli accounts add`)</source>
        <translation>ninguna (consulte `nightbridge-cli accounts add`)</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the settings (nightscout/url), or NS_URL.</source>
        <translation>No hay ningún sitio de Nightscout configurado. Defínalo con `nightbridge-cli accounts set` / los ajustes (nightscout/url), o con NS_URL.</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Enter its address in Settings.</source>
        <translation>No hay ningún sitio de Nightscout configurado. Introduzca su dirección en los ajustes.</translation>
    </message>
    <message>
        <source>No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set --nightscout-secret-file FILE`, or set NS_SECRET.</source>
        <translation>No hay ningún API secret de Nightscout guardado. Añádalo con `nightbridge-cli accounts set --nightscout-secret-file ARCHIVO`, o defina NS_SECRET.</translation>
    </message>
    <message>
        <source>No Nightscout API secret or token is stored. Enter it in Settings.</source>
        <translation>No hay ningún API secret ni token de Nightscout guardado. Introdúzcalo en los ajustes.</translation>
    </message>
    <message>
        <source>Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, or stop it first.</source>
        <translation>Otro proceso de Nightbridge (PID %1) está sincronizando estas cuentas. Espere a que termine o deténgalo primero.</translation>
    </message>
    <message>
        <source>Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to you, is writable and the disk is not full.</source>
        <translation>Nightbridge no puede escribir en su carpeta de datos %1 (%2). Compruebe que le pertenece, que se puede escribir y que el disco no está lleno.</translation>
    </message>
</context>
<context>
    <name>nb::Settings</name>
    <message>
        <source>The settings file was written by a newer version of Nightbridge. Settings are read-only until you update Nightbridge.</source>
        <translation>El archivo de ajustes lo escribió una versión más reciente de Nightbridge. Los ajustes son de solo lectura hasta que actualice Nightbridge.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its settings to %1. Check that the folder exists and is writable.</source>
        <translation>Nightbridge no puede guardar sus ajustes en %1. Compruebe que la carpeta existe y se puede escribir.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; %2.</source>
        <translation>El ajuste «%1»: %2.</translation>
    </message>
</context>
<context>
    <name>nb::SingleInstance</name>
    <message>
        <source>Nightbridge is already running but does not respond. Quit it and try again.</source>
        <translation>Nightbridge ya se está ejecutando, pero no responde. Ciérrelo e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>nb::SourceFactory</name>
    <message>
        <source>Account &quot;%1&quot;: unknown time zone &quot;%2&quot;.</source>
        <translation>Cuenta «%1»: zona horaria desconocida «%2».</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: unknown CareLink feature &quot;%2&quot;. Known: %3.</source>
        <translation>Cuenta «%1»: función de CareLink desconocida «%2». Conocidas: %3.</translation>
    </message>
    <message>
        <source>The setting %1 must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>El ajuste %1 debe ser una dirección https (o http a 127.0.0.1 o ::1).</translation>
    </message>
</context>
<context>
    <name>nb::StateStore</name>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge. Update Nightbridge to continue syncing.</source>
        <translation>El estado de sincronización lo guardó una versión más reciente de Nightbridge. Actualice Nightbridge para seguir sincronizando.</translation>
    </message>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge and is not overwritten.</source>
        <translation>El estado de sincronización lo guardó una versión más reciente de Nightbridge y no se sobrescribe.</translation>
    </message>
    <message>
        <source>Nightbridge refused to store a secret in its state file.</source>
        <translation>Nightbridge se negó a guardar un secreto en su archivo de estado.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its sync state to %1. Check free disk space and that the folder is writable.</source>
        <translation>Nightbridge no puede guardar su estado de sincronización en %1. Compruebe el espacio libre en disco y que la carpeta se puede escribir.</translation>
    </message>
    <message>
        <source>Nightbridge cannot read its sync state in %1. Check that the folder and its files belong to you and are readable.</source>
        <translation>Nightbridge no puede leer su estado de sincronización en %1. Compruebe que la carpeta y sus archivos le pertenecen y se pueden leer.</translation>
    </message>
    <message>
        <source>The saved sync state in %1 is damaged and cannot be set aside. Check that the folder is writable.</source>
        <translation>El estado de sincronización guardado en %1 está dañado y no se puede apartar. Compruebe que la carpeta se puede escribir.</translation>
    </message>
    <message>
        <source>The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: each account is read again from the vendor, and documents Nightscout already has are recognised and not uploaded twice.</source>
        <translation>El estado de sincronización guardado estaba dañado. Nightbridge lo ha apartado (%1) y ha empezado de cero: cada cuenta se vuelve a leer del fabricante, y los documentos que Nightscout ya tiene se reconocen y no se suben dos veces.</translation>
    </message>
</context>
<context>
    <name>nb::SyncEngine</name>
    <message>
        <source>A sync of this account is already running.</source>
        <translation>Ya hay una sincronización de esta cuenta en curso.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>Se canceló la sincronización.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the account&apos;s password, then run check-login.</source>
        <translation>Se rechazó el inicio de sesión. Compruebe la contraseña de la cuenta y después ejecute check-login.</translation>
    </message>
</context>
<context>
    <name>nb::carelink::CareLinkSource</name>
    <message numerus="yes">
        <source>This CareLink care partner account follows %n patient(s). Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</source>
        <translation>
            <numerusform>Esta cuenta de cuidador de CareLink sigue a %n paciente. Elíjalo con `nightbridge-cli accounts set %1 --patient USUARIO` (una cuenta de Nightbridge por paciente).</numerusform>
            <numerusform>Esta cuenta de cuidador de CareLink sigue a %n pacientes. Elija uno con `nightbridge-cli accounts set %1 --patient USUARIO` (una cuenta de Nightbridge por paciente).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CareLink patient chosen for account &quot;%1&quot; is not an active link of this care partner account.</source>
        <translation>El paciente de CareLink elegido para la cuenta «%1» no es un vínculo activo de esta cuenta de cuidador.</translation>
    </message>
    <message numerus="yes">
        <source>CareLink care partner (%1), following %n patient(s)</source>
        <translation>
            <numerusform>Cuidador de CareLink (%1), sigue a %n paciente</numerusform>
            <numerusform>Cuidador de CareLink (%1), sigue a %n pacientes</numerusform>
        </translation>
    </message>
    <message>
        <source>CareLink patient (%1)</source>
        <translation>Paciente de CareLink (%1)</translation>
    </message>
</context>
<context>
    <name>nb::cli::AccountsCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>Add, list, change or remove accounts (secrets go to the keychain)</source>
        <translation>Añadir, listar, cambiar o eliminar cuentas (los secretos van al llavero)</translation>
    </message>
    <message>
        <source>Usage:
  nightbridge-cli accounts list [--json]
  nightbridge-cli accounts add tandem [--email E] [--password-file F] [options]
  nightbridge-cli accounts add carelink --country CC [--patient USER] [options]
  nightbridge-cli accounts set [ID] [field=value ...] [options]
  nightbridge-cli accounts remove ID

Account options (add; set takes them too, or field=value):
  --id ID               the account&apos;s id (default: tandem, tandem-2, carelink, ...)
  --name TEXT           label shown in status and the tray
  --region US|EU        Tandem region; CareLink: skip the country lookup
  --country CC          CareLink: country of the account (ISO code, e.g. US, DE)
  --timezone ZONE       Tandem: the pump clock&apos;s IANA time zone (default: this computer&apos;s)
  --pump-serial S       Tandem: the pump to sync (default: the one with the newest data)
  --features LIST       what to upload (default: the vendor&apos;s defaults)
  --initial-days N      first sync: days of history (1-28, default 1)
  --nightscout-url URL  a Nightscout site of its own (default: the shared site)
  --disabled            added, but not synced
Secrets (stored in the credential store, never in the settings file):
  --email E             Tandem sign-in e-mail (prompted when missing on a terminal)
  --password-file F     Tandem password from the first line of F (else prompted, no echo)
  --password            prompt for the Tandem password (set)
  --patient USER        CareLink care partner: the patient&apos;s CareLink username
  --nightscout-secret-file F  API secret of the account&apos;s site, or with no ID the shared site
  --nightscout-token-file F   access token instead of the API secret
  --site-url URL        (set, no ID) the shared Nightscout site

CareLink accounts sign in with a browser once: `nightbridge-cli carelink login --account ID`.
</source>
        <translation>Uso:
  nightbridge-cli accounts list [--json]
  nightbridge-cli accounts add tandem [--email E] [--password-file F] [opciones]
  nightbridge-cli accounts add carelink --country CC [--patient USUARIO] [opciones]
  nightbridge-cli accounts set [ID] [campo=valor ...] [opciones]
  nightbridge-cli accounts remove ID

Opciones de cuenta (add; set también las acepta, o campo=valor):
  --id ID               el identificador de la cuenta (por defecto: tandem, tandem-2, carelink, ...)
  --name TEXTO          nombre mostrado en el estado y la bandeja
  --region US|EU        región de Tandem; CareLink: omitir la búsqueda del país
  --country CC          CareLink: país de la cuenta (código ISO, p. ej. US, ES)
  --timezone ZONA       Tandem: zona horaria IANA del reloj de la bomba (por defecto: la de este ordenador)
  --pump-serial S       Tandem: la bomba que se sincroniza (por defecto: la de los datos más recientes)
  --features LIST       qué subir (por defecto: lo predeterminado del fabricante)
  --initial-days N      primera sincronización: días de historial (1-28, 1 por defecto)
  --nightscout-url URL  un sitio de Nightscout propio (por defecto: el sitio compartido)
  --disabled            añadida, pero sin sincronizar
Secretos (guardados en el almacén de credenciales, nunca en el archivo de ajustes):
  --email E             correo de inicio de sesión de Tandem (se pregunta si falta, en un terminal)
  --password-file F     contraseña de Tandem de la primera línea de F (si no, se pregunta sin mostrarla)
  --password            preguntar la contraseña de Tandem (set)
  --patient USUARIO     cuidador de CareLink: el nombre de usuario de CareLink del paciente
  --nightscout-secret-file F  API secret del sitio de la cuenta, o sin ID del sitio compartido
  --nightscout-token-file F   token de acceso en lugar del API secret
  --site-url URL        (set, sin ID) el sitio de Nightscout compartido

Las cuentas de CareLink inician sesión una vez con un navegador: `nightbridge-cli carelink login --account ID`.
</translation>
    </message>
    <message>
        <source>Unknown or incomplete accounts command.</source>
        <translation>Comando accounts desconocido o incompleto.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, or import a tconnectsync .env with `nightbridge-cli import-env`.</source>
        <translation>No hay cuentas. Añada una con `nightbridge-cli accounts add tandem` o `... add carelink`, o importe un .env de tconnectsync con `nightbridge-cli import-env`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>FABRICANTE</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVA</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source> (from the environment)</source>
        <translation> (del entorno)</translation>
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
        <source>The vendor must be tandem or carelink.</source>
        <translation>El fabricante debe ser tandem o carelink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>«%1» no es un identificador de cuenta válido (letras minúsculas, dígitos, - y _).</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; exists already; change it with `accounts set %1`.</source>
        <translation>Ya existe una cuenta «%1»; cámbiela con `accounts set %1`.</translation>
    </message>
    <message>
        <source>A CareLink account needs --country (or --region).</source>
        <translation>Una cuenta de CareLink necesita --country (o --region).</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
        <translation>Se añadió la cuenta «%1» (%2).</translation>
    </message>
    <message>
        <source>Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Siguiente paso: inicie sesión una vez con `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Check the sign-in with `nightbridge-cli check-login --account %1`.</source>
        <translation>Compruebe el inicio de sesión con `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>--password-file needs an account id.</source>
        <translation>--password-file necesita un identificador de cuenta.</translation>
    </message>
    <message>
        <source>Not on a terminal: give the Tandem e-mail with --email and the password with --password-file.</source>
        <translation>No está en un terminal: indique el correo de Tandem con --email y la contraseña con --password-file.</translation>
    </message>
    <message>
        <source>Tandem Source e-mail: </source>
        <translation>Correo electrónico de Tandem Source: </translation>
    </message>
    <message>
        <source>No e-mail given.</source>
        <translation>No se indicó ningún correo electrónico.</translation>
    </message>
    <message>
        <source>Tandem Source password (not shown): </source>
        <translation>Contraseña de Tandem Source (no se muestra): </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>No se indicó ninguna contraseña.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>No existe la cuenta «%1».</translation>
    </message>
    <message>
        <source>The shared Nightscout site is updated.</source>
        <translation>El sitio de Nightscout compartido está actualizado.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field=value.</source>
        <translation>«%1» no tiene la forma campo=valor.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is updated.</source>
        <translation>La cuenta «%1» está actualizada.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its stored secrets.</source>
        <translation>Se eliminaron la cuenta «%1» y sus secretos guardados.</translation>
    </message>
</context>
<context>
    <name>nb::cli::BackfillCommand</name>
    <message>
        <source>Upload a past range (dates or last N days); resumable, with --pretend diff</source>
        <translation>Subir un periodo pasado (fechas o últimos N días); reanudable, con comparación --pretend</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli backfill (--start-date D --end-date D | --days N) [options]

Fetches the range from each selected account&apos;s vendor, compares it with what Nightscout holds and
uploads only what is missing or different. Tandem Source is read in windows of up to 28 days.
CareLink keeps only the last 24 hours: older data cannot be backfilled from it (Nightbridge says
so and fills what is left of the range).

  --start-date D   first day (YYYY-MM-DD, local time) or an ISO date-time
  --end-date D     last day, included (default: now)
  --days N         the last N days up to now
  --resume         continue the interrupted backfill of each account (its own range)
  --output FILE    with --pretend: write {&quot;missing&quot;:{...}, &quot;changed&quot;:{...}} per account as JSON
  --json           the final counts as JSON

Progress shows on a terminal as a bar (standard error), else as plain lines. Ctrl-C stops after
saving progress; run the same command again to continue.
Exit codes as for sync; 130 when interrupted.
</source>
        <translation>Uso: nightbridge-cli backfill (--start-date D --end-date D | --days N) [opciones]

Obtiene el periodo del fabricante de cada cuenta seleccionada, lo compara con lo que tiene Nightscout y
sube solo lo que falta o es distinto. Tandem Source se lee en ventanas de hasta 28 días.
CareLink solo conserva las últimas 24 horas: los datos anteriores no se pueden recuperar de él (Nightbridge
lo indica y completa lo que queda del periodo).

  --start-date D   primer día (AAAA-MM-DD, hora local) o una fecha y hora ISO
  --end-date D     último día, incluido (por defecto: ahora)
  --days N         los últimos N días hasta ahora
  --resume         continuar la recuperación interrumpida de cada cuenta (con su propio periodo)
  --output ARCHIVO con --pretend: escribir {&quot;missing&quot;:{...}, &quot;changed&quot;:{...}} por cuenta como JSON
  --json           los totales finales como JSON

En un terminal, el progreso se muestra como una barra (salida de error); si no, como líneas simples.
Ctrl-C se detiene tras guardar el progreso; ejecute el mismo comando de nuevo para continuar.
Códigos de salida como en sync; 130 si se interrumpe.
</translation>
    </message>
    <message>
        <source>backfill takes no arguments.</source>
        <translation>backfill no admite argumentos.</translation>
    </message>
    <message>
        <source>--days needs a number of days (1 or more).</source>
        <translation>--days necesita un número de días (1 o más).</translation>
    </message>
    <message>
        <source>--start-date and --end-date need dates like 2026-03-01, the start before the end.</source>
        <translation>--start-date y --end-date necesitan fechas como 2026-03-01, con el inicio antes del final.</translation>
    </message>
    <message>
        <source>backfill needs --start-date/--end-date, --days or --resume.</source>
        <translation>backfill necesita --start-date/--end-date, --days o --resume.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>%1: nothing to resume.</source>
        <translation>%1: nada que reanudar.</translation>
    </message>
    <message>
        <source>%1: window %2/%3, found %4, uploaded %5, already there %6</source>
        <translation>%1: ventana %2/%3, encontrados %4, subidos %5, ya presentes %6</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different (pretend: nothing uploaded)</source>
        <translation>%1: %2 documentos en el periodo; %3 ya en Nightscout, %4 faltan, %5 distintos (simulación: no se subió nada)</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5</source>
        <translation>%1: %2 documentos en el periodo; %3 subidos, %4 ya estaban en Nightscout%5</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (reanudado)</translation>
    </message>
</context>
<context>
    <name>nb::cli::CareLinkLoginCommand</name>
    <message>
        <source>Sign in to CareLink (prints a URL, reads the address the browser ends on)</source>
        <translation>Iniciar sesión en CareLink (imprime una URL, lee la dirección en la que termina el navegador)</translation>
    </message>
    <message>
        <source>Only `carelink login` exists so far.</source>
        <translation>Por ahora solo existe `carelink login`.</translation>
    </message>
    <message>
        <source>carelink login needs --country (or --region).</source>
        <translation>carelink login necesita --country (o --region).</translation>
    </message>
    <message>
        <source>--region must be US or EU.</source>
        <translation>--region debe ser US o EU.</translation>
    </message>
    <message>
        <source>Note: the memory credential store forgets the sign-in when this command ends.</source>
        <translation>Nota: el almacén de credenciales memory olvida el inicio de sesión cuando termina este comando.</translation>
    </message>
    <message>
        <source>--credential-store must be keychain, memory, or file with --credential-file.</source>
        <translation>--credential-store debe ser keychain, memory, o file con --credential-file.</translation>
    </message>
    <message>
        <source>--discovery-url is not a valid URL.</source>
        <translation>--discovery-url no es una URL válida.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in with the CareLink account for Nightbridge:</source>
        <translation>Abra esta dirección en un navegador e inicie sesión con la cuenta de CareLink para Nightbridge:</translation>
    </message>
    <message>
        <source>Then paste the address the browser ended on (it starts with %1) and press Enter:</source>
        <translation>Después pegue la dirección en la que terminó el navegador (empieza por %1) y pulse Intro:</translation>
    </message>
    <message>
        <source>No address was pasted.</source>
        <translation>No se pegó ninguna dirección.</translation>
    </message>
    <message>
        <source>No address was pasted in time.</source>
        <translation>No se pegó ninguna dirección a tiempo.</translation>
    </message>
    <message>
        <source>That is not an address. Run `nightbridge-cli carelink login` again.</source>
        <translation>Eso no es una dirección. Ejecute de nuevo `nightbridge-cli carelink login`.</translation>
    </message>
    <message>
        <source>Signed in. The refresh token is kept in: %1.</source>
        <translation>Sesión iniciada. El token de actualización se guarda en: %1.</translation>
    </message>
    <message>
        <source>Could not read the account details: %1</source>
        <translation>No se pudieron leer los datos de la cuenta: %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Cuenta: %1 (%2)</translation>
    </message>
    <message>
        <source>No active linked patients: link a patient in CareLink first.</source>
        <translation>No hay pacientes vinculados activos: vincule primero un paciente en CareLink.</translation>
    </message>
    <message>
        <source>Patient: %1 (%2 %3)</source>
        <translation>Paciente: %1 (%2 %3)</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli carelink login [--account ID] [--country CC] [options]

Signs in to Medtronic CareLink without a desktop: prints the sign-in address, you open it in any
browser and sign in (CareLink may ask for a captcha). The browser then tries to open an address
that starts with com.medtronic.carepartner:/sso and fails; copy that address (address bar, or
the Network tab of the browser&apos;s developer tools) and paste it here. Nightbridge checks it
belongs to this sign-in, and keeps the resulting refresh token in the credential store.

Use a CareLink follower account of its own for Nightbridge: signing in with the same account in
another app (or the official one) ends this session.

Options:
  --country CC            country of the CareLink account (ISO code, e.g. US, DE, GB; default: the
                          account&apos;s own)
  --region US|EU          skip the country lookup
  --account ID            the Nightbridge account to sign in (default: the only CareLink account;
                          with several, you are asked)
  --credential-store S    keychain (default), file or memory (memory forgets at exit)
  --credential-file PATH  the file of --credential-store file (not encrypted)
  --discovery-url URL     CareLink discovery document (default: the built-in one)
  --app-version V         app version sent to CareLink (default 3.8.0)

Exit codes: 0 signed in, 2 usage, 3 configuration, 4 sign-in refused or the address did not
belong to this sign-in, 5 CareLink unreachable, 6 unexpected answer, 7 credential store, 130 no
address pasted in time.
</source>
        <translation>Uso: nightbridge-cli carelink login [--account ID] [--country CC] [opciones]

Inicia sesión en Medtronic CareLink sin escritorio: imprime la dirección de inicio de sesión, usted la abre en
cualquier navegador e inicia sesión (CareLink puede pedir un captcha). Después, el navegador intenta abrir una
dirección que empieza por com.medtronic.carepartner:/sso y falla; copie esa dirección (barra de direcciones, o
la pestaña Red de las herramientas de desarrollo del navegador) y péguela aquí. Nightbridge comprueba que
pertenece a este inicio de sesión y guarda el token de actualización obtenido en el almacén de credenciales.

Use una cuenta de seguidor de CareLink exclusiva para Nightbridge: iniciar sesión con la misma cuenta en
otra aplicación (o en la oficial) cierra esta sesión.

Opciones:
  --country CC            país de la cuenta de CareLink (código ISO, p. ej. US, ES, GB; por defecto: el de
                          la cuenta)
  --region US|EU          omitir la búsqueda del país
  --account ID            la cuenta de Nightbridge que inicia sesión (por defecto: la única cuenta de CareLink;
                          si hay varias, se le pregunta)
  --credential-store S    keychain (por defecto), file o memory (memory olvida al salir)
  --credential-file RUTA  el archivo de --credential-store file (sin cifrar)
  --discovery-url URL     documento de descubrimiento de CareLink (por defecto: el integrado)
  --app-version V         versión de la aplicación enviada a CareLink (3.8.0 por defecto)

Códigos de salida: 0 sesión iniciada, 2 uso, 3 configuración, 4 inicio de sesión rechazado o la dirección no
pertenecía a este inicio de sesión, 5 CareLink inaccesible, 6 respuesta inesperada, 7 almacén de credenciales,
130 no se pegó ninguna dirección a tiempo.
</translation>
    </message>
    <message>
        <source>--discovery-url must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>--discovery-url debe ser una dirección https (o http a 127.0.0.1 o ::1).</translation>
    </message>
    <message>
        <source>There are several CareLink accounts: %1. Name one with --account.</source>
        <translation>Hay varias cuentas de CareLink: %1. Indique una con --account.</translation>
    </message>
    <message>
        <source>Which CareLink account do you want to sign in (%1)? </source>
        <translation>¿Con qué cuenta de CareLink desea iniciar sesión (%1)? </translation>
    </message>
    <message>
        <source>There is no CareLink account &quot;%1&quot;.</source>
        <translation>No existe la cuenta de CareLink «%1».</translation>
    </message>
</context>
<context>
    <name>nb::cli::CheckLoginCommand</name>
    <message>
        <source>Sign in to each account&apos;s vendor and show who it is</source>
        <translation>Iniciar sesión con el fabricante de cada cuenta y mostrar de quién es</translation>
    </message>
    <message>
        <source>check-login takes no arguments.</source>
        <translation>check-login no admite argumentos.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: signed in: %2</source>
        <translation>%1: sesión iniciada: %2</translation>
    </message>
    <message>
        <source>%1: the pause after the refused sign-in is lifted.</source>
        <translation>%1: se levantó la pausa tras el inicio de sesión rechazado.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli check-login [--account A]

Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it
found. A sign-in refused earlier paused the account; a successful check lifts that pause.
Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,
5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.
</source>
        <translation>Uso: nightbridge-cli check-login [--account A]

Inicia sesión en Tandem Source / CareLink para cada cuenta seleccionada e imprime la bomba o el rol
encontrado. Un inicio de sesión rechazado antes dejó la cuenta en pausa; una comprobación correcta levanta esa pausa.
Códigos de salida: 0 todas con sesión iniciada, 3 configuración (falta la contraseña, ...), 4 rechazado o es
necesario iniciar sesión, 5 fabricante inaccesible, 6 respuesta inesperada, 8 otro proceso de Nightbridge está sincronizando.
</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliEnvironment</name>
    <message>
        <source>Warning: %1</source>
        <translation>Aviso: %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::CredentialPresence</name>
    <message>
        <source>no CareLink sign-in is stored: run `nightbridge-cli carelink login --account %1`</source>
        <translation>no hay ningún inicio de sesión de CareLink guardado: ejecute `nightbridge-cli carelink login --account %1`</translation>
    </message>
    <message>
        <source>no Tandem password is stored: run `nightbridge-cli accounts set %1 --password-file FILE`</source>
        <translation>no hay ninguna contraseña de Tandem guardada: ejecute `nightbridge-cli accounts set %1 --password-file ARCHIVO`</translation>
    </message>
    <message>
        <source>no Nightscout API secret is stored: run `nightbridge-cli accounts set --nightscout-secret-file FILE` or set NS_SECRET</source>
        <translation>no hay ningún API secret de Nightscout guardado: ejecute `nightbridge-cli accounts set --nightscout-secret-file ARCHIVO` o defina NS_SECRET</translation>
    </message>
</context>
<context>
    <name>nb::cli::DoctorCommand</name>
    <message>
        <source>Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go</source>
        <translation>Comprobar de una vez configuración, secretos, llavero, Nightscout, inicios de sesión, reloj y disco</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli doctor [--account A]

Checks, one line each with the fix when something is wrong: the configuration is found, the
passwords and the Nightscout secret are stored, the keychain answers, each Nightscout site is
reachable and accepts uploads, each vendor sign-in works, this computer&apos;s clock agrees with the
servers&apos; (their Date header), and the configuration and data folders are writable.

The sign-ins are only tried when they can succeed (a password is stored, the account is not paused
after a refused password), so doctor never spends one of the vendor&apos;s few sign-in attempts for
nothing; while another Nightbridge process syncs, they are skipped.

Exit codes: 0 every check passed, 1 some check failed.
</source>
        <translation>Uso: nightbridge-cli doctor [--account A]

Comprueba, una línea por punto con la solución cuando algo falla: que se encuentra la configuración, que
las contraseñas y el secreto de Nightscout están guardados, que el llavero responde, que cada sitio de
Nightscout es accesible y acepta subidas, que cada inicio de sesión en el fabricante funciona, que el reloj de
este equipo coincide con el de los servidores (su cabecera Date) y que las carpetas de configuración y de
datos admiten escritura.

Los inicios de sesión solo se intentan cuando pueden tener éxito (hay una contraseña guardada y la cuenta no
está en pausa tras una contraseña rechazada), así que doctor nunca gasta en vano uno de los pocos intentos de
inicio de sesión del fabricante; mientras otro proceso de Nightbridge sincroniza, se omiten.

Códigos de salida: 0 todas las comprobaciones superadas, 1 alguna comprobación falló.
</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Solución: %1</translation>
    </message>
    <message>
        <source>doctor takes no arguments.</source>
        <translation>doctor no admite argumentos.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuración</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>modo de demostración</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>las variables de entorno</translation>
    </message>
    <message>
        <source>%1 has no enabled account.</source>
        <translation>%1 no tiene ninguna cuenta activada.</translation>
    </message>
    <message>
        <source>no settings file at %1 and no account in the environment.</source>
        <translation>no hay archivo de ajustes en %1 ni ninguna cuenta en el entorno.</translation>
    </message>
    <message>
        <source>add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere.</source>
        <translation>añada una con `nightbridge-cli accounts add tandem` (o carelink), o importe un .env de tconnectsync con `nightbridge-cli import-env`; indique --config DIR si su configuración está en otro lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n account(s): %2</source>
        <translation>
            <numerusform>%1, %n cuenta: %2</numerusform>
            <numerusform>%1, %n cuentas: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>almacén de credenciales</translation>
    </message>
    <message>
        <source>demo mode keeps its secrets in memory</source>
        <translation>el modo de demostración guarda sus secretos en memoria</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 responde</translation>
    </message>
    <message>
        <source>on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or `import-env --credential-store file`) and store the secrets again.</source>
        <translation>en un equipo sin llavero de escritorio, defina NIGHTBRIDGE_CREDENTIAL_STORE=file (o `import-env --credential-store file`) y vuelva a guardar los secretos.</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>secretos de %1</translation>
    </message>
    <message>
        <source>CareLink sign-in and Nightscout secret stored</source>
        <translation>inicio de sesión de CareLink y secreto de Nightscout guardados</translation>
    </message>
    <message>
        <source>password and Nightscout secret stored</source>
        <translation>contraseña y secreto de Nightscout guardados</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Nightscout of %1</source>
        <translation>Nightscout de %1</translation>
    </message>
    <message>
        <source>%1 reachable (Nightscout %2), uploads allowed</source>
        <translation>%1 accesible (Nightscout %2), subidas permitidas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>test it with `nightbridge-cli nightscout check`; change the site or secret with `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</source>
        <translation>pruébelo con `nightbridge-cli nightscout check`; cambie el sitio o el secreto con `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file ARCHIVO`.</translation>
    </message>
    <message>
        <source>%1 answers but does not accept uploads with this secret.</source>
        <translation>%1 responde pero no acepta subidas con este secreto.</translation>
    </message>
    <message>
        <source>use the site&apos;s API_SECRET, or a token whose role may write (careportal).</source>
        <translation>use el API_SECRET del sitio, o un token cuyo rol pueda escribir (careportal).</translation>
    </message>
    <message>
        <source>vendor sign-in</source>
        <translation>inicio de sesión en el fabricante</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>no se intentó: %1</translation>
    </message>
    <message>
        <source>sign-in of %1</source>
        <translation>inicio de sesión de %1</translation>
    </message>
    <message>
        <source>not tried: nothing to sign in with (see the secrets line).</source>
        <translation>no se intentó: no hay con qué iniciar sesión (vea la línea de los secretos).</translation>
    </message>
    <message>
        <source>paused after the vendor refused the password; not tried again, so the account is not locked.</source>
        <translation>en pausa después de que el fabricante rechazara la contraseña; no se vuelve a intentar para que la cuenta no se bloquee.</translation>
    </message>
    <message>
        <source>sign in again with `nightbridge-cli carelink login --account %1`.</source>
        <translation>vuelva a iniciar sesión con `nightbridge-cli carelink login --account %1`.</translation>
    </message>
    <message>
        <source>store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then run `nightbridge-cli check-login --account %1`.</source>
        <translation>guarde la contraseña actual con `nightbridge-cli accounts set %1 --password-file ARCHIVO` y después ejecute `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation>sesión iniciada: %1</translation>
    </message>
    <message>
        <source>check the password (`nightbridge-cli accounts set %1 --password-file FILE`).</source>
        <translation>compruebe la contraseña (`nightbridge-cli accounts set %1 --password-file ARCHIVO`).</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>reloj</translation>
    </message>
    <message>
        <source>not compared: no server sent its time.</source>
        <translation>no comparado: ningún servidor envió su hora.</translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) behind %1.</source>
        <translation>
            <numerusform>el reloj de este equipo va %n minuto por detrás de %1.</numerusform>
            <numerusform>el reloj de este equipo va %n minutos por detrás de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) ahead of %1.</source>
        <translation>
            <numerusform>el reloj de este equipo va %n minuto por delante de %1.</numerusform>
            <numerusform>el reloj de este equipo va %n minutos por delante de %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date &amp; Time settings, set time automatically). Sign-ins and reading times depend on it.</source>
        <translation>ajuste la hora automáticamente (Linux: `timedatectl set-ntp true`; Windows y macOS: ajustes de Fecha y hora, establecer la hora automáticamente). Los inicios de sesión y las horas de las lecturas dependen de ello.</translation>
    </message>
    <message numerus="yes">
        <source>agrees with the servers (within %n second(s)).</source>
        <translation>
            <numerusform>coincide con los servidores (con %n segundo de diferencia como máximo).</numerusform>
            <numerusform>coincide con los servidores (con %n segundos de diferencia como máximo).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disco</translation>
    </message>
    <message>
        <source>the configuration and data folders are writable</source>
        <translation>las carpetas de configuración y de datos admiten escritura</translation>
    </message>
    <message>
        <source>cannot write in %1.</source>
        <translation>no se puede escribir en %1.</translation>
    </message>
    <message>
        <source>free some space or fix the folder&apos;s permissions, or use --config DIR.</source>
        <translation>libere espacio o corrija los permisos de la carpeta, o use --config DIR.</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Todo parece correcto.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>Se encontró %n problema.</numerusform>
            <numerusform>Se encontraron %n problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::EnvCommand</name>
    <message>
        <source>No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`.</source>
        <translation>No hay cuentas configuradas. Añada una con `nightbridge-cli accounts add tandem` (o carelink), importe un .env de tconnectsync con `nightbridge-cli import-env`, defina TCONNECT_EMAIL/TCONNECT_PASSWORD o pruebe `nightbridge-cli --demo`.</translation>
    </message>
    <message>
        <source>%1: none of the features %2 is a %3 feature; this account is left out.</source>
        <translation>%1: ninguna de las funciones %2 es una función de %3; esta cuenta queda fuera.</translation>
    </message>
    <message>
        <source>No selected account knows the features %1.</source>
        <translation>Ninguna cuenta seleccionada conoce las funciones %1.</translation>
    </message>
</context>
<context>
    <name>nb::cli::FeatureList</name>
    <message>
        <source>Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and &quot;all&quot;).</source>
        <translation>Nombres de funciones desconocidos: %1. Conocidos: Tandem %2; CareLink %3 (y «all»).</translation>
    </message>
</context>
<context>
    <name>nb::cli::GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 necesita un valor.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ImportEnvCommand</name>
    <message>
        <source>Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain</source>
        <translation>Importar un .env de tconnectsync (o las variables de minimed-connect) a las cuentas y el llavero</translation>
    </message>
    <message>
        <source>No .env file found (looked at %1). Name the file to import.</source>
        <translation>No se encontró ningún archivo .env (se buscó en %1). Indique el archivo que desea importar.</translation>
    </message>
    <message>
        <source>CareLink account &quot;%1&quot;: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Cuenta de CareLink «%1»: inicie sesión una vez con `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Importado %1.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; created</source>
        <translation>  cuenta «%1» creada</translation>
    </message>
    <message>
        <source>  secrets stored in: %1</source>
        <translation>  secretos guardados en: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Elimine ahora %1: todavía contiene sus contraseñas sin cifrar y Nightbridge no lo necesita.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli import-env [FILE] [--credential-store file]

Reads FILE (default: ./.env, else ~/.config/tconnectsync/.env), the configuration of tconnectsync
(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,
NS_SECRET) or of minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,
MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Creates the accounts and the Nightscout
site, and stores the passwords and secrets in the credential store. The file itself is left alone:
delete it afterwards, it holds your passwords in plain text.

Importing the same file again updates the accounts it made instead of adding new ones.
Without a keychain (a server without a desktop session) nothing is imported: use
--credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file) to keep the secrets in
credentials.json in the configuration folder instead (readable by your user only, not encrypted).
</source>
        <translation>Uso: nightbridge-cli import-env [ARCHIVO] [--credential-store file]

Lee ARCHIVO (por defecto: ./.env; si no, ~/.config/tconnectsync/.env), la configuración de tconnectsync
(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,
NS_SECRET) o de minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,
MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Crea las cuentas y el sitio de Nightscout,
y guarda las contraseñas y los secretos en el almacén de credenciales. El archivo en sí no se modifica:
elimínelo después, contiene sus contraseñas en texto sin cifrar.

Importar de nuevo el mismo archivo actualiza las cuentas que creó en lugar de añadir otras nuevas.
Sin llavero (un servidor sin sesión de escritorio) no se importa nada: use
--credential-store file (o NIGHTBRIDGE_CREDENTIAL_STORE=file) para guardar los secretos en
credentials.json en la carpeta de configuración (legible solo por su usuario, sin cifrar).
</translation>
    </message>
    <message>
        <source>--credential-store must be keychain or file.</source>
        <translation>--credential-store debe ser keychain o file.</translation>
    </message>
    <message>
        <source>Nothing was imported. Without a keychain, keep the secrets in a file instead: run again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file is readable by your user only, but not encrypted.</source>
        <translation>No se importó nada. Sin llavero, guarde los secretos en un archivo: vuelva a ejecutarlo con --credential-store file (o NIGHTBRIDGE_CREDENTIAL_STORE=file); el archivo solo lo puede leer su usuario, pero no está cifrado.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; updated (imported before)</source>
        <translation>  cuenta «%1» actualizada (importada antes)</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusCommand</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (en %n min)</numerusform>
            <numerusform>%1 (en %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (hace %n min)</numerusform>
            <numerusform>%1 (hace %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each account&apos;s sync state, last reading and errors</source>
        <translation>Mostrar el estado de sincronización, la última lectura y los errores de cada cuenta</translation>
    </message>
    <message>
        <source>  last success:  %1</source>
        <translation>  último éxito:     %1</translation>
    </message>
    <message>
        <source>  next run:      %1</source>
        <translation>  próxima ejecución: %1</translation>
    </message>
    <message>
        <source>  last reading:  %1 mg/dL %2 at %3</source>
        <translation>  última lectura:   %1 mg/dL %2 a las %3</translation>
    </message>
    <message>
        <source>, IOB %1 U</source>
        <translation>, IOB %1 U</translation>
    </message>
    <message>
        <source>  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total</source>
        <translation>  subidos:          %1 en la última ejecución, %2 en total; reparados %3 en la última ejecución, %4 en total</translation>
    </message>
    <message numerus="yes">
        <source>  waiting:       %n document(s) not yet confirmed by Nightscout</source>
        <translation>
            <numerusform>  pendientes:       %n documento aún no confirmado por Nightscout</numerusform>
            <numerusform>  pendientes:       %n documentos aún no confirmados por Nightscout</numerusform>
        </translation>
    </message>
    <message>
        <source>  last error:    %1</source>
        <translation>  último error:     %1</translation>
    </message>
    <message>
        <source>No accounts are configured.</source>
        <translation>No hay cuentas configuradas.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli status [--json] [--account A]

Shows, for each account, whether syncing works, when it last succeeded, the last error and what to
do about it, when the next run is planned (while a daemon runs), how much was uploaded and healed,
and the latest reading with its trend and IOB, and whether the password (or CareLink sign-in) and the
Nightscout secret are stored. Reads the state file and the credential store only (no network).

Exit codes: 0 all accounts fine, 1 some account failing, needing attention or missing a secret,
3 no accounts.
</source>
        <translation>Uso: nightbridge-cli status [--json] [--account A]

Muestra, para cada cuenta, si la sincronización funciona, cuándo tuvo éxito por última vez, el último error y qué
hacer al respecto, cuándo está prevista la próxima ejecución (mientras se ejecuta un demonio), cuánto se ha subido
y reparado, la última lectura con su tendencia y la IOB, y si la contraseña (o el inicio de sesión de CareLink) y el
secreto de Nightscout están guardados. Solo lee el archivo de estado y el almacén de credenciales (sin red).

Códigos de salida: 0 todas las cuentas bien, 1 alguna cuenta falla, requiere atención o le falta un secreto,
3 no hay cuentas.
</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message>
        <source>  last success:  never synced</source>
        <translation>  último éxito:     nunca sincronizada</translation>
    </message>
    <message>
        <source>  secrets:       %1 %2, Nightscout secret %3</source>
        <translation>  secretos:         %1 %2, secreto de Nightscout %3</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>Inicio de sesión de CareLink</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>guardado</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>FALTA</translation>
    </message>
    <message>
        <source>  to do:         %1</source>
        <translation>  por hacer:        %1</translation>
    </message>
    <message>
        <source>  credential store: %1</source>
        <translation>  almacén de credenciales: %1</translation>
    </message>
    <message numerus="yes">
        <source>  damaged:       %n pending upload file(s) could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</source>
        <translation>
            <numerusform>  dañados:          %n archivo de subida pendiente no se pudo leer y se ha apartado en %1: %2. Sus datos se vuelven a obtener; compruebe el disco y después elimínelo.</numerusform>
            <numerusform>  dañados:          %n archivos de subida pendientes no se pudieron leer y se han apartado en %1: %2. Sus datos se vuelven a obtener; compruebe el disco y después elimínelos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncCommand</name>
    <message>
        <source>Sync every enabled account once, or continuously (--auto-update)</source>
        <translation>Sincronizar cada cuenta activa una vez, o de forma continua (--auto-update)</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli sync [--once | --auto-update] [--json] [global options]

--once (default)  one pass over the enabled accounts (--account narrows), for cron or a systemd timer
--auto-update     keep running: each account syncs when its vendor has new data (CareLink just after
                  each 5-minute reading, Tandem as often as the pump app uploads, 5-25 min), backs off
                  on errors, and waits for you when a password is refused. Stops on Ctrl-C / SIGTERM.
--json            one JSON object per account and run on standard output
--pretend         fetch and convert, print what would be uploaded, change nothing

Only one process syncs at a time (exit code 8 when another one does).
Exit codes: 0 ok, 3 configuration, 4 sign-in refused or needed, 5 unavailable (try later),
6 unexpected vendor answer, 7 local storage, 8 busy, 130 interrupted.
</source>
        <translation>Uso: nightbridge-cli sync [--once | --auto-update] [--json] [opciones globales]

--once (por defecto) una pasada por las cuentas activas (--account la limita), para cron o un temporizador de systemd
--auto-update     seguir ejecutándose: cada cuenta se sincroniza cuando su fabricante tiene datos nuevos (CareLink justo
                  después de cada lectura de 5 minutos, Tandem tan a menudo como sube la aplicación de la bomba, 5-25 min),
                  espacia los reintentos ante errores y le espera cuando se rechaza una contraseña. Se detiene con Ctrl-C / SIGTERM.
--json            un objeto JSON por cuenta y ejecución en la salida estándar
--pretend         obtener y convertir, imprimir lo que se subiría, no cambiar nada

Solo sincroniza un proceso a la vez (código de salida 8 si ya lo hace otro).
Códigos de salida: 0 correcto, 3 configuración, 4 inicio de sesión rechazado o necesario, 5 no disponible (inténtelo
más tarde), 6 respuesta inesperada del fabricante, 7 almacenamiento local, 8 ocupado, 130 interrumpido.
</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync no admite argumentos.</translation>
    </message>
    <message>
        <source>--once and --auto-update exclude each other.</source>
        <translation>--once y --auto-update se excluyen mutuamente.</translation>
    </message>
    <message>
        <source>DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.</source>
        <translation>MODO DEMOSTRACIÓN: datos simulados de CareLink y Tandem, no se usa ninguna cuenta real de fabricante.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Deteniendo.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s) continuously; Ctrl-C stops.</source>
        <translation>
            <numerusform>Sincronizando %n cuenta de forma continua; Ctrl-C la detiene.</numerusform>
            <numerusform>Sincronizando %n cuentas de forma continua; Ctrl-C las detiene.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n document(s) kept for the next attempt)</source>
        <translation>
            <numerusform> (%n documento guardado para el próximo intento)</numerusform>
            <numerusform> (%n documentos guardados para el próximo intento)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)</source>
        <translation>%1 %2: subiría %3 entradas, %4 tratamientos, %5 devicestatus, %6 perfil (simulación: no se envió nada)</translation>
    </message>
    <message>
        <source>%1 %2: uploaded %3</source>
        <translation>%1 %2: subidos %3</translation>
    </message>
    <message numerus="yes">
        <source>, healed %n</source>
        <translation>
            <numerusform>, %n reparado</numerusform>
            <numerusform>, %n reparados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from an interrupted run</source>
        <translation>
            <numerusform>, %n de una ejecución interrumpida</numerusform>
            <numerusform>, %n de una ejecución interrumpida</numerusform>
        </translation>
    </message>
    <message>
        <source>; newest data %1</source>
        <translation>; datos más recientes %1</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; próxima ejecución %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n archivo de subida pendiente en %2 no se pudo leer y se ha apartado (%3). Sus datos se vuelven a obtener del fabricante; compruebe el disco y después elimine ese archivo.</numerusform>
            <numerusform>%1: %n archivos de subida pendientes en %2 no se pudieron leer y se han apartado (%3). Sus datos se vuelven a obtener del fabricante; compruebe el disco y después elimine esos archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::gui::Application</name>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>The settings dialog is not part of this build yet. Until it is, the settings are in %1 (or use nightbridge-cli).</source>
        <translation>El cuadro de diálogo de ajustes aún no forma parte de esta versión. Mientras tanto, los ajustes están en %1 (o use nightbridge-cli).</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Recuperar historial</translation>
    </message>
    <message>
        <source>The backfill dialog is not part of this build yet. Until it is, use `nightbridge-cli backfill --days N`.</source>
        <translation>El cuadro de diálogo de recuperación del historial aún no forma parte de esta versión. Mientras tanto, use `nightbridge-cli backfill --days N`.</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>Inicio de sesión de CareLink</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Check the account&apos;s password and the Nightscout address and secret in Settings. The settings dialog is not part of this build yet; until it is, use `nightbridge-cli accounts set %1`.</source>
        <translation>Compruebe la contraseña de la cuenta y la dirección y el secreto de Nightscout en los ajustes. El cuadro de diálogo de ajustes aún no forma parte de esta versión; mientras tanto, use `nightbridge-cli accounts set %1`.</translation>
    </message>
    <message>
        <source>Nightbridge received a CareLink sign-in, but no sign-in was started here or it was already completed. Use “Sign in again” in the status window to start a new one.</source>
        <translation>Nightbridge recibió un inicio de sesión de CareLink, pero aquí no se inició ninguno o ya se completó. Use «Volver a iniciar sesión» en la ventana de estado para iniciar uno nuevo.</translation>
    </message>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Configurar Nightbridge</translation>
    </message>
    <message>
        <source>The setup wizard is not part of this build. Add an account with `nightbridge-cli accounts add`.</source>
        <translation>El asistente de configuración no forma parte de esta versión. Añada una cuenta con `nightbridge-cli accounts add`.</translation>
    </message>
    <message>
        <source>Nightbridge started from scratch</source>
        <translation>Nightbridge ha empezado de cero</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1: %n archivo de subida pendiente en %2 no se pudo leer y se ha apartado (%3). Sus datos se vuelven a obtener del fabricante; compruebe el disco y después elimine ese archivo.</numerusform>
            <numerusform>%1: %n archivos de subida pendientes en %2 no se pudieron leer y se han apartado (%3). Sus datos se vuelven a obtener del fabricante; compruebe el disco y después elimine esos archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnóstico copiado</translation>
    </message>
    <message>
        <source>The diagnostics (without passwords or secrets) are on the clipboard; paste them into your message.</source>
        <translation>El diagnóstico (sin contraseñas ni secretos) está en el portapapeles; péguelo en su mensaje.</translation>
    </message>
</context>
<context>
    <name>nb::gui::CareLinkSignIn</name>
    <message>
        <source>Nightbridge could not open the browser for the CareLink sign-in.</source>
        <translation>Nightbridge no pudo abrir el navegador para iniciar sesión en CareLink.</translation>
    </message>
</context>
<context>
    <name>nb::ns::NsConnectionTest</name>
    <message>
        <source>The access token may not upload device status or profiles (%1).</source>
        <translation>El token de acceso no puede subir el estado del dispositivo ni los perfiles (%1).</translation>
    </message>
</context>
<context>
    <name>nb::setup::ConflictAnalysis</name>
    <message>
        <source>glucose readings</source>
        <translation>lecturas de glucosa</translation>
    </message>
    <message>
        <source>boluses and carbs</source>
        <translation>bolos e hidratos de carbono</translation>
    </message>
    <message>
        <source>temp basals</source>
        <translation>basales temporales</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>perfiles</translation>
    </message>
    <message>
        <source>pump status</source>
        <translation>estado de la bomba</translation>
    </message>
    <message>
        <source>pump events</source>
        <translation>eventos de la bomba</translation>
    </message>
    <message>
        <source>An unnamed uploader</source>
        <translation>Un programa de subida sin nombre</translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</source>
        <translation>
            <numerusform>%1 ya envía lecturas de glucosa a este Nightscout (%n recientemente). Si lee el mismo sensor, deje desactivadas aquí las lecturas de glucosa o cada lectura aparecerá dos veces.</numerusform>
            <numerusform>%1 ya envía lecturas de glucosa a este Nightscout (%n recientemente). Si lee el mismo sensor, deje desactivadas aquí las lecturas de glucosa o cada lectura aparecerá dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</source>
        <translation>
            <numerusform>También se introducen bolos o hidratos de carbono a mano en Nightscout (%n recientemente). Si además se sincronizan desde la bomba, contarían dos veces en la insulina y los hidratos activos.</numerusform>
            <numerusform>También se introducen bolos o hidratos de carbono a mano en Nightscout (%n recientemente). Si además se sincronizan desde la bomba, contarían dos veces en la insulina y los hidratos activos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</source>
        <translation>
            <numerusform>%1 ya sube bolos o hidratos de carbono (%n recientemente). Súbalos desde un solo lugar o contarán dos veces.</numerusform>
            <numerusform>%1 ya sube bolos o hidratos de carbono (%n recientemente). Súbalos desde un solo lugar o contarán dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</source>
        <translation>
            <numerusform>También se introducen basales temporales a mano en Nightscout (%n recientemente); las de la bomba se solaparían con ellas.</numerusform>
            <numerusform>También se introducen basales temporales a mano en Nightscout (%n recientemente); las de la bomba se solaparían con ellas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</source>
        <translation>
            <numerusform>%1 ya sube basales temporales (%n recientemente). Dos fuentes de basal falsean la gráfica de basal y la insulina activa.</numerusform>
            <numerusform>%1 ya sube basales temporales (%n recientemente). Dos fuentes de basal falsean la gráfica de basal y la insulina activa.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Nightscout has a profile made in its profile editor. Uploading the pump&apos;s profiles makes them the active profile instead.</source>
        <translation>Este Nightscout tiene un perfil creado en su editor de perfiles. Subir los perfiles de la bomba los convierte en el perfil activo en su lugar.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</source>
        <translation>
            <numerusform>%1 ya escribe perfiles (%n encontrado). La subida de perfiles de Nightbridge sustituiría su perfil activo.</numerusform>
            <numerusform>%1 ya escribe perfiles (%n encontrados). La subida de perfiles de Nightbridge sustituiría su perfil activo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</source>
        <translation>
            <numerusform>%1 ya envía el estado de la bomba (%n recientemente). El indicador de bomba de Nightscout salta entonces entre ambos.</numerusform>
            <numerusform>%1 ya envía el estado de la bomba (%n recientemente). El indicador de bomba de Nightscout salta entonces entre ambos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</source>
        <translation>
            <numerusform>Los cambios de equipo de infusión, cartucho o sensor también se anotan a mano en Nightscout (%n recientemente); con los eventos de la bomba activados, aparecen dos veces.</numerusform>
            <numerusform>Los cambios de equipo de infusión, cartucho o sensor también se anotan a mano en Nightscout (%n recientemente); con los eventos de la bomba activados, aparecen dos veces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</source>
        <translation>
            <numerusform>%1 ya sube eventos de la bomba como los cambios de equipo de infusión (%n recientemente). Súbalos desde un solo lugar.</numerusform>
            <numerusform>%1 ya sube eventos de la bomba como los cambios de equipo de infusión (%n recientemente). Súbalos desde un solo lugar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::setup::EnvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 has nothing Nightbridge can use.</source>
        <translation>%1 no contiene nada que Nightbridge pueda usar.</translation>
    </message>
</context>
<context>
    <name>nb::setup::FeatureCatalog</name>
    <message>
        <source>Basal</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Temp basals and suspensions, so Nightscout shows the basal actually delivered.</source>
        <translation>Basales temporales y suspensiones, para que Nightscout muestre la basal realmente administrada.</translation>
    </message>
    <message>
        <source>Boluses</source>
        <translation>Bolos</translation>
    </message>
    <message>
        <source>Boluses with their carbs and blood glucose, for insulin and carbs on board.</source>
        <translation>Bolos con sus hidratos de carbono y su glucemia, para la insulina y los hidratos activos.</translation>
    </message>
    <message>
        <source>Pump events</source>
        <translation>Eventos de la bomba</translation>
    </message>
    <message>
        <source>Alarms, site and cartridge changes, suspend and resume, sleep and exercise.</source>
        <translation>Alarmas, cambios de equipo de infusión y de cartucho, suspensión y reanudación, sueño y ejercicio.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
    <message>
        <source>The pump&apos;s basal, carb ratio and correction profiles as the Nightscout profile.</source>
        <translation>Los perfiles de basal, ratio de hidratos y corrección de la bomba como perfil de Nightscout.</translation>
    </message>
    <message>
        <source>CGM readings</source>
        <translation>Lecturas de MCG</translation>
    </message>
    <message>
        <source>Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already uploads them.</source>
        <translation>Lecturas de glucosa que recibió la bomba. Déjelas desactivadas si xDrip+ o Dexcom Share ya las suben.</translation>
    </message>
    <message>
        <source>CGM alerts</source>
        <translation>Alertas de MCG</translation>
    </message>
    <message>
        <source>High, low and sensor alerts of the CGM as notes, with sensor sessions.</source>
        <translation>Alertas de alta, baja y del sensor del MCG como notas, con las sesiones del sensor.</translation>
    </message>
    <message>
        <source>Pump status</source>
        <translation>Estado de la bomba</translation>
    </message>
    <message>
        <source>Battery and insulin on board for Nightscout&apos;s pump pill.</source>
        <translation>Batería e insulina activa para el indicador de bomba de Nightscout.</translation>
    </message>
    <message>
        <source>Glucose readings</source>
        <translation>Lecturas de glucosa</translation>
    </message>
    <message>
        <source>Sensor glucose every five minutes, with the trend arrow.</source>
        <translation>Glucosa del sensor cada cinco minutos, con la flecha de tendencia.</translation>
    </message>
    <message>
        <source>Pump battery, reservoir, active insulin and sensor state.</source>
        <translation>Batería de la bomba, reservorio, insulina activa y estado del sensor.</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Hidratos de carbono</translation>
    </message>
    <message>
        <source>Meals entered on the pump, as carbs (CareLink keeps only a summary).</source>
        <translation>Comidas introducidas en la bomba, como hidratos de carbono (CareLink solo conserva un resumen).</translation>
    </message>
    <message>
        <source>Meal and correction boluses, auto-corrections marked as such.</source>
        <translation>Bolos de comida y de corrección, con las autocorrecciones marcadas como tales.</translation>
    </message>
    <message>
        <source>Auto basal</source>
        <translation>Basal automática</translation>
    </message>
    <message>
        <source>SmartGuard&apos;s automatic basal as five-minute temp basals.</source>
        <translation>La basal automática de SmartGuard como basales temporales de cinco minutos.</translation>
    </message>
    <message>
        <source>BG checks</source>
        <translation>Glucemias capilares</translation>
    </message>
    <message>
        <source>Finger-stick readings and calibrations.</source>
        <translation>Mediciones capilares y calibraciones.</translation>
    </message>
    <message>
        <source>Suspend on low, SmartGuard mode changes and pump clock changes as notes.</source>
        <translation>Suspensión por baja, cambios de modo de SmartGuard y cambios del reloj de la bomba como notas.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Función de CareLink desconocida «%1». Conocidas: %2.</translation>
    </message>
</context>
<context>
    <name>nb::setup::NightscoutSite</name>
    <message>
        <source>No Nightscout site is set up yet (Nightscout page).</source>
        <translation>Aún no hay ningún sitio de Nightscout configurado (página Nightscout).</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemAuth</name>
    <message>
        <source>Sign-in to Tandem Source was cancelled.</source>
        <translation>Se canceló el inicio de sesión en Tandem Source.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemClient</name>
    <message>
        <source>Tandem Source refused the request (its firewall blocked it). The vendor may have changed something; Nightbridge needs an update.</source>
        <translation>Tandem Source rechazó la solicitud (su cortafuegos la bloqueó). Puede que el fabricante haya cambiado algo; Nightbridge necesita una actualización.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemSource</name>
    <message>
        <source>No Tandem Source %1 is stored for account &quot;%2&quot;. Add it with `nightbridge-cli accounts set %2 --email E --password`.</source>
        <translation>Falta un dato de Tandem Source guardado para la cuenta «%2»: %1. Añádalo con `nightbridge-cli accounts set %2 --email E --password`.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>contraseña</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Tandem Source, pump %1 (serial ending %2)</source>
        <translation>Tandem Source, bomba %1 (número de serie terminado en %2)</translation>
    </message>
    <message>
        <source>newest data %1 UTC%2</source>
        <translation>datos más recientes %1 UTC%2</translation>
    </message>
    <message>
        <source> (more than 3 days old: is the phone app uploading?)</source>
        <translation> (de hace más de 3 días: ¿está subiendo datos la aplicación del teléfono?)</translation>
    </message>
    <message>
        <source>no data uploaded yet</source>
        <translation>aún no se han subido datos</translation>
    </message>
</context>
<context>
    <name>nb::ui::AboutDialog</name>
    <message>
        <source>About Nightbridge</source>
        <translation>Acerca de Nightbridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.&lt;/p&gt;&lt;p&gt;Nightbridge is not a medical device. Do not make treatment decisions from the data it shows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Sincroniza los datos de Medtronic CareLink y Tandem Source con su propio sitio de Nightscout.&lt;/p&gt;&lt;p&gt;Nightbridge no es un producto sanitario. No tome decisiones de tratamiento basándose en los datos que muestra.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountEditor</name>
    <message>
        <source>Sync this account</source>
        <translation>Sincronizar esta cuenta</translation>
    </message>
    <message>
        <source>Check Nightscout for other uploaders</source>
        <translation>Buscar otros programas de subida en Nightscout</translation>
    </message>
    <message>
        <source>The defaults are shown instead.</source>
        <translation>En su lugar se muestran los valores predeterminados.</translation>
    </message>
    <message>
        <source>What to upload</source>
        <translation>Qué subir</translation>
    </message>
    <message>
        <source>Choose at least one thing to upload.</source>
        <translation>Elija al menos una cosa para subir.</translation>
    </message>
    <message>
        <source>Reading what your Nightscout received recently…</source>
        <translation>Leyendo lo que su Nightscout recibió recientemente…</translation>
    </message>
    <message>
        <source>No other uploader writes what this account uploads.</source>
        <translation>Ningún otro programa de subida escribe lo que sube esta cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>No conflict with what this account uploads (%n note(s) about features that are off).</source>
        <translation>
            <numerusform>Sin conflicto con lo que sube esta cuenta (%n nota sobre funciones desactivadas).</numerusform>
            <numerusform>Sin conflicto con lo que sube esta cuenta (%n notas sobre funciones desactivadas).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about features that are off.)</source>
        <translation>
            <numerusform>(%n nota más sobre funciones desactivadas.)</numerusform>
            <numerusform>(%n notas más sobre funciones desactivadas.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose data this is, for example a child&apos;s name. Shown in the tray, the status window and notifications.</source>
        <translation>De quién son estos datos, por ejemplo el nombre de un niño. Se muestra en la bandeja, la ventana de estado y las notificaciones.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountRow</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Sincronizado %1</translation>
    </message>
    <message>
        <source>, next sync %1</source>
        <translation>, próxima sincronización %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nunca sincronizado</translation>
    </message>
    <message numerus="yes">
        <source>Nightscout accepted %n record(s) at %1</source>
        <translation>
            <numerusform>Nightscout aceptó %n registro a las %1</numerusform>
            <numerusform>Nightscout aceptó %n registros a las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout: %1</source>
        <translation>Nightscout: %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountsPage</name>
    <message>
        <source>Add Tandem…</source>
        <translation>Añadir Tandem…</translation>
    </message>
    <message>
        <source>Add CareLink…</source>
        <translation>Añadir CareLink…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>No accounts yet. Add the Tandem Source or CareLink account whose data should go to Nightscout.</source>
        <translation>Aún no hay cuentas. Añada la cuenta de Tandem Source o CareLink cuyos datos deben ir a Nightscout.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Checked: synced</source>
        <translation>Marcada: se sincroniza</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2</source>
        <translation>Cuenta «%1»: %2</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: no test sign-in succeeded.</source>
        <translation>Cuenta «%1»: ningún inicio de sesión de prueba ha tenido éxito.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityLog</name>
    <message numerus="yes">
        <source>synced, Nightscout accepted %n record(s)</source>
        <translation>
            <numerusform>sincronizado, Nightscout aceptó %n registro</numerusform>
            <numerusform>sincronizado, Nightscout aceptó %n registros</numerusform>
        </translation>
    </message>
    <message>
        <source>synced, nothing new</source>
        <translation>sincronizado, nada nuevo</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>source</source>
        <translation>origen</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityView</name>
    <message>
        <source>Nightbridge activity</source>
        <translation>Actividad de Nightbridge</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Sync events and errors of each account appear here.</source>
        <translation>Todavía no ha pasado nada. Aquí aparecen las sincronizaciones y los errores de cada cuenta.</translation>
    </message>
    <message>
        <source>Recent sync events and errors of each account since Nightbridge started. The full log files are in the log folder (“View logs…”).</source>
        <translation>Sincronizaciones y errores recientes de cada cuenta desde que se inició Nightbridge. Los registros completos están en la carpeta de registros («Ver registros…»).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>nb::ui::CareLinkPanel</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Iniciar sesión con el navegador…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Usar esta dirección</translation>
    </message>
    <message>
        <source>Choose the account&apos;s country</source>
        <translation>Elija el país de la cuenta</translation>
    </message>
    <message>
        <source>If the browser did not come back: paste the address it ended on</source>
        <translation>Si el navegador no volvió: pegue la dirección en la que terminó</translation>
    </message>
    <message>
        <source>Care partners choose the patient to follow here after signing in.</source>
        <translation>Los cuidadores eligen aquí el paciente al que siguen después de iniciar sesión.</translation>
    </message>
    <message>
        <source>Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with the same account in another app, or in a second copy of Nightbridge, ends the other session.</source>
        <translation>Use una cuenta de CareLink exclusiva para Nightbridge (una cuenta de cuidador o seguidor): iniciar sesión con la misma cuenta en otra aplicación, o en una segunda copia de Nightbridge, cierra la otra sesión.</translation>
    </message>
    <message>
        <source>Medtronic CareLink</source>
        <translation>Medtronic CareLink</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Inicio de sesión:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Paciente:</translation>
    </message>
    <message>
        <source>CareLink region: %1</source>
        <translation>Región de CareLink: %1</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Aún no ha iniciado sesión.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Sesión iniciada.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Sin sesión iniciada.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Volver a iniciar sesión…</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account.</source>
        <translation>Elija el país de la cuenta de CareLink.</translation>
    </message>
    <message>
        <source>Choose the patient to follow.</source>
        <translation>Elija el paciente al que seguir.</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account first.</source>
        <translation>Elija primero el país de la cuenta de CareLink.</translation>
    </message>
    <message>
        <source>Finding CareLink&apos;s sign-in page…</source>
        <translation>Buscando la página de inicio de sesión de CareLink…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself, sign in, and paste the address the browser ends on below:
%1</source>
        <translation>No se pudo abrir ningún navegador. Abra usted mismo esta dirección, inicie sesión y pegue abajo la dirección en la que termine el navegador:
%1</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there with the CareLink account for Nightbridge. If the browser cannot come back to Nightbridge, paste the address it ends on (it starts with %1) below.</source>
        <translation>Esperando al navegador… Inicie sesión allí con la cuenta de CareLink para Nightbridge. Si el navegador no puede volver a Nightbridge, pegue abajo la dirección en la que termine (empieza por %1).</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Completando el inicio de sesión…</translation>
    </message>
    <message>
        <source>That is not an address. Copy the whole address from the browser&apos;s address bar.</source>
        <translation>Eso no es una dirección. Copie la dirección completa de la barra de direcciones del navegador.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with browser…&quot; first: the address belongs to one sign-in.</source>
        <translation>Empiece primero con «Iniciar sesión con el navegador…»: la dirección pertenece a un único inicio de sesión.</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Sesión iniciada. Leyendo la cuenta…</translation>
    </message>
    <message>
        <source>Signed in, but the account details could not be read: %1</source>
        <translation>Sesión iniciada, pero no se pudieron leer los datos de la cuenta: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>This is a patient account: its own data is synced. A care partner (follower) account would choose the patient here.</source>
        <translation>Es una cuenta de paciente: se sincronizan sus propios datos. Con una cuenta de cuidador (seguidor) se elegiría aquí el paciente.</translation>
    </message>
    <message>
        <source>No patient is linked to this care partner account yet: link one in CareLink first, then sign in again.</source>
        <translation>Todavía no hay ningún paciente vinculado a esta cuenta de cuidador: vincule uno primero en CareLink y vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Choose the patient</source>
        <translation>Elija el paciente</translation>
    </message>
    <message>
        <source>One Nightbridge account follows one patient; add another CareLink account for another patient.</source>
        <translation>Una cuenta de Nightbridge sigue a un paciente; añada otra cuenta de CareLink para otro paciente.</translation>
    </message>
</context>
<context>
    <name>nb::ui::DisplayPage</name>
    <message>
        <source>mg/dL</source>
        <translation>mg/dL</translation>
    </message>
    <message>
        <source>mmol/L</source>
        <translation>mmol/L</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unidades:</translation>
    </message>
    <message>
        <source>Urgent low below:</source>
        <translation>Muy baja por debajo de:</translation>
    </message>
    <message>
        <source>Low below:</source>
        <translation>Baja por debajo de:</translation>
    </message>
    <message>
        <source>High above:</source>
        <translation>Alta por encima de:</translation>
    </message>
    <message>
        <source>Urgent high above:</source>
        <translation>Muy alta por encima de:</translation>
    </message>
    <message>
        <source>Reading is stale after:</source>
        <translation>La lectura se considera antigua tras:</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>El gráfico muestra:</translation>
    </message>
    <message>
        <source>How the tray icon and the status window show glucose. Thresholds colour the reading; they do not change what is uploaded.</source>
        <translation>Cómo muestran la glucosa el icono de la bandeja y la ventana de estado. Los umbrales dan color a la lectura; no cambian lo que se sube.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Visualización</translation>
    </message>
    <message>
        <source>Urgent low must be below low.</source>
        <translation>El umbral muy bajo debe ser inferior al bajo.</translation>
    </message>
    <message>
        <source>Low must be below high.</source>
        <translation>El umbral bajo debe ser inferior al alto.</translation>
    </message>
    <message>
        <source>High must be below urgent high.</source>
        <translation>El umbral alto debe ser inferior al muy alto.</translation>
    </message>
    <message>
        <source>Tray icon shows:</source>
        <translation>El icono muestra:</translation>
    </message>
    <message>
        <source>The first account</source>
        <translation>La primera cuenta</translation>
    </message>
</context>
<context>
    <name>nb::ui::GeneralPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Iniciar Nightbridge al iniciar sesión</translation>
    </message>
    <message>
        <source>Detailed (debug) logging, for reporting a problem</source>
        <translation>Registro detallado (depuración), para informar de un problema</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Path of the tconnectsync .env file</source>
        <translation>Ruta del archivo .env de tconnectsync</translation>
    </message>
    <message>
        <source>A new language shows after Nightbridge restarts.</source>
        <translation>El nuevo idioma se muestra después de reiniciar Nightbridge.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Move from tconnectsync</source>
        <translation>Migrar desde tconnectsync</translation>
    </message>
    <message>
        <source>Reads a tconnectsync .env file, creates the accounts and the Nightscout site, and moves the passwords and secrets into %1. This happens right away, not on OK.</source>
        <translation>Lee un archivo .env de tconnectsync, crea las cuentas y el sitio de Nightscout, y traslada las contraseñas y los secretos a %1. Esto ocurre de inmediato, no al pulsar Aceptar.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Ningún gestor de archivos pudo abrir %1.</translation>
    </message>
    <message>
        <source>Choose the tconnectsync .env file</source>
        <translation>Elegir el archivo .env de tconnectsync</translation>
    </message>
    <message>
        <source>Choose the .env file to import first.</source>
        <translation>Elija primero el archivo .env que desea importar.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>No accounts in the file.</source>
        <translation>No hay cuentas en el archivo.</translation>
    </message>
    <message>
        <source>Accounts created: %1.</source>
        <translation>Cuentas creadas: %1.</translation>
    </message>
    <message>
        <source>Nightscout site set up.</source>
        <translation>Sitio de Nightscout configurado.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) stored in %1.</source>
        <translation>
            <numerusform>%n secreto guardado en %1.</numerusform>
            <numerusform>%n secretos guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to CareLink on the Accounts page: %1.</source>
        <translation>Inicie sesión en CareLink en la página Cuentas: %1.</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Elimine ahora %1: todavía contiene sus contraseñas sin cifrar y Nightbridge no lo necesita.</translation>
    </message>
    <message>
        <source>Accounts updated: %1.</source>
        <translation>Cuentas actualizadas: %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::GlucoseChart</name>
    <message numerus="yes">
        <source>No readings in the last %n hour(s)</source>
        <translation>
            <numerusform>No hay lecturas en la última %n hora</numerusform>
            <numerusform>No hay lecturas en las últimas %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 U</source>
        <translation>%1 U</translation>
    </message>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
</context>
<context>
    <name>nb::ui::NightscoutPage</name>
    <message>
        <source>Allow plain http:// (the secret&apos;s hash then travels unencrypted)</source>
        <translation>Permitir http:// simple (el hash del secreto viaja entonces sin cifrar)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>https://your-site.example.org</source>
        <translation>https://su-sitio.example.org</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in %1, never in the settings file.</source>
        <translation>El sitio de Nightscout al que sube Nightbridge. El API secret (o el token) se guarda en %1, nunca en el archivo de ajustes.</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Dirección del sitio:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Iniciar sesión con:</translation>
    </message>
    <message>
        <source>Secret or token:</source>
        <translation>Secreto o token:</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Guardado en %1. Escriba uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>Access token from Nightscout&apos;s Admin Tools</source>
        <translation>Token de acceso de las herramientas de administración de Nightscout</translation>
    </message>
    <message>
        <source>API_SECRET of the site</source>
        <translation>API_SECRET del sitio</translation>
    </message>
    <message>
        <source>Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 characters.</source>
        <translation>Nightscout no acepta ninguna subida mientras su API_SECRET tenga menos de %1 caracteres.</translation>
    </message>
    <message>
        <source>Enter the address of your Nightscout site first.</source>
        <translation>Introduzca primero la dirección de su sitio de Nightscout.</translation>
    </message>
    <message>
        <source>Contacting the Nightscout site…</source>
        <translation>Contactando con el sitio de Nightscout…</translation>
    </message>
    <message>
        <source>Connected to Nightscout %1 (units: %2). Nightbridge may upload.</source>
        <translation>Conectado a Nightscout %1 (unidades: %2). Nightbridge puede subir datos.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>versión desconocida</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>La prueba de conexión falló.</translation>
    </message>
    <message>
        <source>(Nightscout %1, units: %2.)</source>
        <translation>(Nightscout %1, unidades: %2.)</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Mostrar u ocultar el secreto</translation>
    </message>
    <message>
        <source>Make a token in Nightscout&apos;s Admin Tools (your site&apos;s address followed by /admin): add a subject with a role that may create documents (for example a role with the permission api:*:create), then copy the subject&apos;s access token here.</source>
        <translation>Cree un token en las herramientas de administración de Nightscout (la dirección de su sitio seguida de /admin): añada un sujeto con un rol que pueda crear documentos (por ejemplo un rol con el permiso api:*:create) y copie aquí su token de acceso.</translation>
    </message>
    <message>
        <source>The Nightscout site %1 was not reached: &quot;Test connection&quot; did not succeed.</source>
        <translation>No se ha llegado al sitio de Nightscout %1: «Probar conexión» no ha tenido éxito.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NotificationCenter</name>
    <message>
        <source>%1: sync is failing</source>
        <translation>%1: la sincronización falla</translation>
    </message>
    <message>
        <source>%1: please sign in again</source>
        <translation>%1: vuelva a iniciar sesión</translation>
    </message>
    <message>
        <source>%1: no new data</source>
        <translation>%1: no hay datos nuevos</translation>
    </message>
    <message>
        <source>%1: backfill finished</source>
        <translation>%1: recuperación del historial terminada</translation>
    </message>
    <message>
        <source>Nightbridge keeps trying. Open the status window for details.</source>
        <translation>Nightbridge sigue intentándolo. Abra la ventana de estado para ver los detalles.</translation>
    </message>
    <message>
        <source>%1 Nightbridge keeps trying.</source>
        <translation>%1 Nightbridge sigue intentándolo.</translation>
    </message>
    <message>
        <source>Syncing is stopped until you sign in again.</source>
        <translation>La sincronización está detenida hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>%1 Syncing is stopped until you sign in again.</source>
        <translation>%1 La sincronización está detenida hasta que vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>The service answers, but its newest data is from %1. Is the phone app still signed in and connected to the pump?</source>
        <translation>El servicio responde, pero sus datos más recientes son de %1. ¿Sigue la aplicación del teléfono con la sesión iniciada y conectada a la bomba?</translation>
    </message>
    <message>
        <source>Check the Nightscout address and API secret or token in Settings.</source>
        <translation>Compruebe la dirección de Nightscout y el API secret o el token en los ajustes.</translation>
    </message>
    <message>
        <source>%1 Check the Nightscout settings.</source>
        <translation>%1 Compruebe los ajustes de Nightscout.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>%n registro subido a Nightscout.</numerusform>
            <numerusform>%n registros subidos a Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Nightscout refuses the upload</source>
        <translation>%1: Nightscout rechaza la subida</translation>
    </message>
    <message>
        <source>%1: low glucose %2</source>
        <translation>%1: glucosa baja %2</translation>
    </message>
    <message>
        <source>%1: high glucose %2</source>
        <translation>%1: glucosa alta %2</translation>
    </message>
    <message>
        <source>%1: URGENT LOW %2</source>
        <translation>%1: MUY BAJA %2</translation>
    </message>
    <message>
        <source>Reading from %1.</source>
        <translation>Lectura de %1.</translation>
    </message>
    <message>
        <source>Repeats until you acknowledge or snooze it in the status window or the tray menu.</source>
        <translation>Se repite hasta que la confirme o la silencie en la ventana de estado o en el menú de la bandeja.</translation>
    </message>
    <message>
        <source>Nightbridge is not a medical device and its data can arrive late; check with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Nightbridge no es un dispositivo médico y sus datos pueden llegar con retraso; compruebe con un glucómetro y siga las alarmas de su MCG.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SettingsDialog</name>
    <message>
        <source>Nightbridge Settings</source>
        <translation>Ajustes de Nightbridge</translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Nightbridge; update Nightbridge to change settings.</source>
        <translation>El archivo de ajustes lo escribió una versión más reciente de Nightbridge; actualice Nightbridge para cambiar los ajustes.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Some changes were never tested successfully:</source>
        <translation>Algunos cambios nunca se han probado con éxito:</translation>
    </message>
    <message>
        <source>Nightbridge cannot sync until they work. Save anyway?</source>
        <translation>Nightbridge no puede sincronizar hasta que funcionen. ¿Guardar de todos modos?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Guardar de todos modos</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
<context>
    <name>nb::ui::StatusPopup</name>
    <message>
        <source>No account set up yet. Add one in Settings.</source>
        <translation>Aún no hay ninguna cuenta configurada. Añada una en los ajustes.</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Datos de demostración — no son lecturas reales</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Abrir Nightscout</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Aún no hay lecturas</translation>
    </message>
    <message>
        <source>%1 — no new reading</source>
        <translation>%1 — no hay lectura nueva</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Silenciar %1 min</translation>
    </message>
    <message>
        <source>Urgent low: %1. Check now with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Muy baja: %1. Compruebe ahora con un glucómetro y siga las alarmas de su MCG.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s):</source>
        <translation>
            <numerusform>En %n hora:</numerusform>
            <numerusform>En las últimas %n horas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncPage</name>
    <message>
        <source>Automatically, when each vendor usually has new data</source>
        <translation>Automáticamente, cuando cada fabricante suele tener datos nuevos</translation>
    </message>
    <message>
        <source>At a fixed interval</source>
        <translation>A intervalos fijos</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Mostrar notificaciones</translation>
    </message>
    <message>
        <source>When syncing keeps failing for</source>
        <translation>Cuando la sincronización sigue fallando durante</translation>
    </message>
    <message>
        <source>When an account needs to sign in again</source>
        <translation>Cuando una cuenta necesita volver a iniciar sesión</translation>
    </message>
    <message>
        <source>When a vendor has had no new data for</source>
        <translation>Cuando un fabricante no tiene datos nuevos desde hace</translation>
    </message>
    <message>
        <source>When Nightscout refuses uploads</source>
        <translation>Cuando Nightscout rechaza las subidas</translation>
    </message>
    <message>
        <source>When a backfill finishes</source>
        <translation>Cuando termina una recuperación del historial</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Cuándo sincronizar</translation>
    </message>
    <message>
        <source>CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app uploads. Automatic follows that, with fewer requests.</source>
        <translation>CareLink recibe una lectura cada 5 minutos; los datos de Tandem llegan cuando la aplicación del teléfono los sube. El modo automático sigue ese ritmo, con menos solicitudes.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Low and high glucose alerts</source>
        <translation>Avisos de glucosa baja y alta</translation>
    </message>
    <message>
        <source>Urgent low alert, repeated until acknowledged or snoozed</source>
        <translation>Aviso de muy baja, repetido hasta confirmarlo o silenciarlo</translation>
    </message>
    <message>
        <source>Alerts use the Display page&apos;s limits: low below %1, high above %2, urgent low below %3. Nightbridge is not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your CGM&apos;s own alarms on.</source>
        <translation>Los avisos usan los límites de la página «Visualización»: bajo por debajo de %1, alto por encima de %2, muy baja por debajo de %3. Nightbridge no es un dispositivo médico y sus datos pueden llegar con retraso (lecturas de Tandem 30 minutos o más): mantenga activadas las alarmas de su MCG.</translation>
    </message>
</context>
<context>
    <name>nb::ui::TandemPanel</name>
    <message>
        <source>Test sign-in</source>
        <translation>Probar el inicio de sesión</translation>
    </message>
    <message>
        <source>E-mail address of your Tandem Source account</source>
        <translation>Dirección de correo electrónico de su cuenta de Tandem Source</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Checking the credential store…</source>
        <translation>Comprobando el almacén de credenciales…</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Europe and other countries</source>
        <translation>Europa y otros países</translation>
    </message>
    <message>
        <source>The pump with the newest data</source>
        <translation>La bomba con los datos más recientes</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>N.º de serie %1</translation>
    </message>
    <message>
        <source>&quot;Test sign-in&quot; lists the pumps of the account.</source>
        <translation>«Probar el inicio de sesión» muestra las bombas de la cuenta.</translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>Bomba:</translation>
    </message>
    <message>
        <source>Pump time zone:</source>
        <translation>Zona horaria de la bomba:</translation>
    </message>
    <message>
        <source>Tandem reports times in the pump&apos;s clock; this is the zone that clock is set to.</source>
        <translation>Tandem da las horas según el reloj de la bomba; esta es la zona horaria en la que está configurado ese reloj.</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Guardado en %1. Escriba uno nuevo para sustituirlo.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Berlin or America/New_York.</source>
        <translation>Elija una zona horaria de la lista, como Europe/Madrid o America/New_York.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the Tandem Source account.</source>
        <translation>Introduzca la dirección de correo electrónico de la cuenta de Tandem Source.</translation>
    </message>
    <message>
        <source>Enter the Tandem Source password.</source>
        <translation>Introduzca la contraseña de Tandem Source.</translation>
    </message>
    <message>
        <source>Enter the e-mail address first.</source>
        <translation>Introduzca primero la dirección de correo electrónico.</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Introduzca primero la contraseña.</translation>
    </message>
    <message>
        <source>Signing in to Tandem Source…</source>
        <translation>Iniciando sesión en Tandem Source…</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Bomba</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1, n.º de serie %2</translation>
    </message>
    <message>
        <source>never uploaded</source>
        <translation>nunca ha subido datos</translation>
    </message>
    <message>
        <source>last data %1</source>
        <translation>últimos datos %1</translation>
    </message>
    <message numerus="yes">
        <source>(nothing for %n day(s))</source>
        <translation>
            <numerusform>(nada desde hace %n día)</numerusform>
            <numerusform>(nada desde hace %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1 (not in this account)</source>
        <translation>N.º de serie %1 (no está en esta cuenta)</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) sent nothing for more than %1 days: choose the one you use now.</source>
        <translation>
            <numerusform>%n bomba no ha enviado nada en más de %1 días: elija la que usa ahora.</numerusform>
            <numerusform>%n bombas no han enviado nada en más de %1 días: elija la que usa ahora.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pump is not in this account any more.</source>
        <translation>La bomba elegida ya no está en esta cuenta.</translation>
    </message>
    <message>
        <source>All pumps uploaded recently.</source>
        <translation>Todas las bombas han subido datos recientemente.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n pump(s) found.</source>
        <translation>
            <numerusform>Sesión iniciada. Se encontró %n bomba.</numerusform>
            <numerusform>Sesión iniciada. Se encontraron %n bombas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Mostrar u ocultar la contraseña</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayMenu</name>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Datos de demostración — no son lecturas reales</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Aún no hay lecturas</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausar</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Durante 30 minutos</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Durante 1 hora</translation>
    </message>
    <message>
        <source>Until resumed</source>
        <translation>Hasta reanudar</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Backfill…</source>
        <translation>Recuperar historial…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Abrir Nightscout</translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation>Ver registros…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copiar diagnóstico</translation>
    </message>
    <message>
        <source>About Nightbridge</source>
        <translation>Acerca de Nightbridge</translation>
    </message>
    <message>
        <source>Quit Nightbridge</source>
        <translation>Salir de Nightbridge</translation>
    </message>
    <message>
        <source>Set up Nightbridge…</source>
        <translation>Configurar Nightbridge…</translation>
    </message>
    <message>
        <source>Acknowledge urgent low</source>
        <translation>Confirmar aviso de muy baja</translation>
    </message>
    <message>
        <source>Snooze urgent low</source>
        <translation>Silenciar aviso de muy baja</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Durante %n minuto</numerusform>
            <numerusform>Durante %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent readings</source>
        <translation>Lecturas recientes</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Actividad…</translation>
    </message>
    <message>
        <source>URGENT LOW: %1</source>
        <translation>MUY BAJA: %1</translation>
    </message>
    <message>
        <source>Recent readings (%1)</source>
        <translation>Lecturas recientes (%1)</translation>
    </message>
</context>
</TS>
