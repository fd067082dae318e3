<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuthorizeRequest</name>
    <message>
        <source>no sign-in was started. Start the sign-in again.</source>
        <translation>aucune connexion n&apos;a été lancée. Relancez la connexion.</translation>
    </message>
    <message>
        <source>that is not the address CareLink sends back after signing in (it starts with %1).</source>
        <translation>ce n&apos;est pas l&apos;adresse que CareLink renvoie après la connexion (elle commence par %1).</translation>
    </message>
    <message>
        <source>CareLink did not complete the sign-in (%1). Try again.</source>
        <translation>CareLink n&apos;a pas terminé la connexion (%1). Réessayez.</translation>
    </message>
    <message>
        <source>this sign-in answer does not belong to the sign-in Nightbridge started. Start the sign-in again.</source>
        <translation>cette réponse de connexion ne correspond pas à la connexion lancée par Nightbridge. Relancez la connexion.</translation>
    </message>
    <message>
        <source>the answer carries no sign-in code. Start the sign-in again.</source>
        <translation>la réponse ne contient aucun code de connexion. Relancez la connexion.</translation>
    </message>
    <message>
        <source>the sign-in code has expired or was already used. Sign in again.</source>
        <translation>le code de connexion a expiré ou a déjà été utilisé. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>The autostart entry has no valid name.</source>
        <translation>L&apos;entrée de démarrage automatique n&apos;a pas de nom valide.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Impossible de supprimer %1.</translation>
    </message>
    <message>
        <source>The application path is unknown.</source>
        <translation>Le chemin de l&apos;application est inconnu.</translation>
    </message>
    <message>
        <source>Cannot change the Windows start-up entry.</source>
        <translation>Impossible de modifier l&apos;entrée de démarrage de Windows.</translation>
    </message>
</context>
<context>
    <name>BackfillEta</name>
    <message>
        <source>less than a minute left</source>
        <translation>moins d’une minute restante</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>environ %n min restante</numerusform>
            <numerusform>environ %n min restantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CareLinkErrors</name>
    <message>
        <source>CareLink refused access even after renewing the sign-in. Check that the CareLink account (and its link to the patient) is still active.</source>
        <translation>CareLink a refusé l&apos;accès même après le renouvellement de la connexion. Vérifiez que le compte CareLink (et son lien avec le patient) est toujours actif.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Fonction CareLink inconnue «&#xa0;%1&#xa0;». Fonctions connues&#xa0;: %2.</translation>
    </message>
    <message>
        <source>CareLink answered in a way Nightbridge does not understand (the vendor may have changed something). If this persists, look for an update of Nightbridge.</source>
        <translation>CareLink a répondu d&apos;une manière que Nightbridge ne comprend pas (le fabricant a peut-être changé quelque chose). Si le problème persiste, cherchez une mise à jour de Nightbridge.</translation>
    </message>
    <message>
        <source>CareLink sign-in needed: sign in again in the browser. Remember that each app needs its own CareLink follower account, because signing in elsewhere ends this session.</source>
        <translation>Connexion CareLink nécessaire&#xa0;: reconnectez-vous dans le navigateur. N&apos;oubliez pas que chaque application a besoin de son propre compte de suivi CareLink, car une connexion ailleurs met fin à cette session.</translation>
    </message>
    <message>
        <source>CareLink requires a newer app version (Nightbridge sent %1); update Nightbridge or raise the CareLink app version in the settings.</source>
        <translation>CareLink exige une version plus récente de l&apos;application (Nightbridge a envoyé %1)&#xa0;; mettez Nightbridge à jour ou augmentez la version de l&apos;application CareLink dans les paramètres.</translation>
    </message>
    <message>
        <source>CareLink sign-in failed: %1</source>
        <translation>Échec de la connexion à CareLink&#xa0;: %1</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>Le service de connexion de CareLink a bloqué la requête pour l’instant (HTTP %1, peut-être un pare-feu). Nightbridge conserve la connexion et réessaiera plus tard.</translation>
    </message>
    <message>
        <source>CareLink&apos;s sign-in service answered in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>Le service de connexion de CareLink a répondu d’une façon que Nightbridge ne comprend pas (HTTP %1&#xa0;; le fabricant a peut-être changé quelque chose). Nightbridge conserve la connexion et réessaiera plus tard.</translation>
    </message>
    <message>
        <source>CareLink blocked the request for now (HTTP %1, perhaps a firewall). Nightbridge keeps the sign-in and tries again later.</source>
        <translation>CareLink a bloqué la requête pour l’instant (HTTP %1, peut-être un pare-feu). Nightbridge conserve la connexion et réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>Usage: nightbridge-cli [global options] &lt;command&gt; [options]

Syncs Medtronic CareLink and Tandem Source data to Nightscout.

Commands:
</source>
        <translation>Utilisation&#xa0;: nightbridge-cli [options globales] &lt;commande&gt; [options]

Synchronise les données de Medtronic CareLink et de Tandem Source avec Nightscout.

Commandes&#xa0;:
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run `nightbridge-cli --help` for the list.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Lancez `nightbridge-cli --help` pour la liste.</translation>
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
Options globales (n&apos;importe où sur la ligne)&#xa0;:
  --config DIR     conserver paramètres, état, journaux (et le fichier d&apos;identifiants optionnel) dans DIR
                   (aussi NIGHTBRIDGE_CONFIG_DIR&#xa0;; par défaut&#xa0;: les dossiers de configuration et de données de l&apos;utilisateur)
  --account A      ne traiter que ces comptes (répétable, ou A,B)
  --features LIST  ce qu&apos;il faut envoyer cette fois : noms des fonctions du fabricant, séparés par des virgules ou des espaces
                   (--features BASAL,BOLUS ou, comme tconnectsync les prend, --features BASAL BOLUS)
  --pretend        récupérer et convertir, mais ne rien envoyer et ne modifier aucun état
  -v, --verbose    journaliser aussi sur la sortie d&apos;erreur (le fichier journal est dans le dossier de données)
  --demo           le vrai moteur face à des services CareLink et Tandem simulés intégrés
  --help, -h       cette aide, ou `nightbridge-cli help &lt;commande&gt;`
  --version        la version

Les options de tconnectsync fonctionnent aussi&#xa0;: --auto-update (= sync --auto-update), --check-login
(= check-login), --start-date D --end-date D / --days N (= backfill), --pretend, --features.
Sans commande, ces options lancent une passe de synchronisation, comme le faisait tconnectsync.

Environnement (conteneurs)&#xa0;: NS_URL, NS_SECRET ou NS_TOKEN&#xa0;; TCONNECT_EMAIL, TCONNECT_PASSWORD,
TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER&#xa0;; CARELINK_COUNTRY, CARELINK_REGION,
CARELINK_PATIENT&#xa0;; NIGHTBRIDGE_CONFIG_DIR, NIGHTBRIDGE_CREDENTIAL_STORE=file.

Codes de sortie&#xa0;: 0 OK, 1 échec, 2 utilisation, 3 configuration, 4 authentification (connexion refusée ou
nécessaire), 5 réseau ou serveur indisponible (réessayer plus tard), 6 données inattendues (le fabricant
a changé quelque chose, ou fichier d&apos;entrée mal formé), 7 trousseau ou stockage local, 8 un autre
processus Nightbridge synchronise, 130 annulé.
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
Quand quelque chose ne fonctionne pas, `nightbridge-cli doctor` vérifie tout en une fois.

Pour l&apos;exécuter régulièrement (remplacez le chemin par l&apos;emplacement où nightbridge-cli est installé)&#xa0;:
  cron (crontab -e), toutes les 5 minutes&#xa0;:
    */5 * * * * /usr/local/bin/nightbridge-cli sync --once &gt;/dev/null 2&gt;&amp;1
  minuteur systemd utilisateur&#xa0;: ~/.config/systemd/user/nightbridge.service avec
    [Service]
    Type=oneshot
    ExecStart=/usr/local/bin/nightbridge-cli sync --once
  et ~/.config/systemd/user/nightbridge.timer avec
    [Timer]
    OnBootSec=2min
    OnUnitActiveSec=5min
    [Install]
    WantedBy=timers.target
  puis&#xa0;: systemctl --user enable --now nightbridge.timer
  Planificateur de tâches Windows, toutes les 5 minutes&#xa0;:
    schtasks /create /tn Nightbridge /sc minute /mo 5 /tr &quot;\&quot;C:\Program Files\Nightbridge\nightbridge-cli.exe\&quot; sync --once&quot;
</translation>
    </message>
</context>
<context>
    <name>ClockSkew</name>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (ahead of %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur est décalée de %n minute (en avance sur %1). Réglez la date et l’heure correctes (heure automatique)&#xa0;; Nightbridge conserve la connexion et réessaie.</numerusform>
            <numerusform>L’horloge de cet ordinateur est décalée de %n minutes (en avance sur %1). Réglez la date et l’heure correctes (heure automatique)&#xa0;; Nightbridge conserve la connexion et réessaie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your computer&apos;s clock is %n minute(s) off (behind %1). Set the correct date and time (automatic time); Nightbridge keeps the sign-in and tries again.</source>
        <translation>
            <numerusform>L’horloge de cet ordinateur est décalée de %n minute (en retard sur %1). Réglez la date et l’heure correctes (heure automatique)&#xa0;; Nightbridge conserve la connexion et réessaie.</numerusform>
            <numerusform>L’horloge de cet ordinateur est décalée de %n minutes (en retard sur %1). Réglez la date et l’heure correctes (heure automatique)&#xa0;; Nightbridge conserve la connexion et réessaie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConvertCommand</name>
    <message>
        <source>Convert a saved vendor response to Nightscout JSON (offline)</source>
        <translation>Convertir une réponse enregistrée du fabricant en JSON Nightscout (hors ligne)</translation>
    </message>
    <message>
        <source>convert needs --source and --input.</source>
        <translation>convert nécessite --source et --input.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;: use tandem or carelink.</source>
        <translation>Source inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez tandem ou carelink.</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli convert --source tandem|carelink --input FICHIER [options]

Lit une réponse enregistrée du fabricant et affiche les documents Nightscout que Nightbridge
enverrait pour elle, sous la forme {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[], &quot;profile&quot;:[]}.

Options&#xa0;:
  --source S        tandem ou carelink
  --input FICHIER   la réponse enregistrée («&#xa0;-&#xa0;» pour l&apos;entrée standard)
  --timezone ZONE   fuseau horaire IANA de l&apos;horloge de la pompe (tandem&#xa0;; par défaut&#xa0;: celui de cet ordinateur)
  --features LIST   fonctions à convertir, séparées par des virgules (par défaut&#xa0;: celles de la source)
  --end HEURE       tandem : fin du dernier débit basal, comme le « maintenant » d&apos;une synchronisation (ISO 8601 ;
                    par défaut : l&apos;heure de l&apos;enregistrement le plus récent de l&apos;entrée)
  --compact         JSON sur une ligne
</translation>
    </message>
</context>
<context>
    <name>GlucoseDisplay</name>
    <message>
        <source>urgent low</source>
        <translation>très bas</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bas</translation>
    </message>
    <message>
        <source>in range</source>
        <translation>dans la cible</translation>
    </message>
    <message>
        <source>high</source>
        <translation>haut</translation>
    </message>
    <message>
        <source>urgent high</source>
        <translation>très haut</translation>
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
        <translation>en hausse rapide</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>rising slowly</source>
        <translation>en hausse lente</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>falling slowly</source>
        <translation>en baisse lente</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>falling fast</source>
        <translation>en baisse rapide</translation>
    </message>
    <message>
        <source>trend unknown</source>
        <translation>tendance inconnue</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h %2 min ago</source>
        <translation>il y a %1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation>non planifiée</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>dans %n min</numerusform>
            <numerusform>dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>dans %1 h %2 min</translation>
    </message>
</context>
<context>
    <name>HttpErrors</name>
    <message>
        <source>Cannot find %1&apos;s server. Check the address and your internet connection.</source>
        <translation>Impossible de trouver le serveur de %1. Vérifiez l&apos;adresse et votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; Nightbridge will try again.</source>
        <translation>%1 a refusé la connexion. Le serveur est peut-être hors service&#xa0;; Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Nightbridge will try again.</source>
        <translation>La connexion à %1 a été interrompue. Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. Check the address; if it is right, the site&apos;s certificate needs fixing.</source>
        <translation>La connexion sécurisée à %1 a échoué&#xa0;: son certificat n&apos;est pas fiable. Vérifiez l&apos;adresse&#xa0;; si elle est correcte, le certificat du site doit être corrigé.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Nightbridge will try again.</source>
        <translation>%1 a signalé une erreur inconnue. Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>%1 tried to redirect a secure connection to an insecure one. Nightbridge refused for your safety.</source>
        <translation>%1 a tenté de rediriger une connexion sécurisée vers une connexion non sécurisée. Nightbridge l&apos;a refusé pour votre sécurité.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting. Check the address.</source>
        <translation>%1 redirige sans fin. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 answered in a way Nightbridge does not understand.</source>
        <translation>%1 a répondu d&apos;une manière que Nightbridge ne comprend pas.</translation>
    </message>
    <message>
        <source>Could not reach %1. Nightbridge will try again.</source>
        <translation>Impossible de joindre %1. Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>%1 refused the credentials. Check them in the settings.</source>
        <translation>%1 a refusé les identifiants. Vérifiez-les dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Nightbridge will try again.</source>
        <translation>%1 a mis trop de temps à répondre. Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. It will try again later.</source>
        <translation>%1 demande à Nightbridge de ralentir. Il réessaiera plus tard.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Nightbridge will try again.</source>
        <translation>%1 rencontre un problème (erreur serveur %2). Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>%1 does not know this address (404). Check the URL in the settings.</source>
        <translation>%1 ne connaît pas cette adresse (404). Vérifiez l&apos;URL dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 refused the upload as too large.</source>
        <translation>%1 a refusé l&apos;envoi, trop volumineux.</translation>
    </message>
    <message>
        <source>%1 rejected a request (HTTP %2). This may mean the service changed; see the log for details.</source>
        <translation>%1 a rejeté une requête (HTTP %2). Le service a peut-être changé&#xa0;; consultez le journal pour les détails.</translation>
    </message>
    <message>
        <source>%1 answered unexpectedly (HTTP %2).</source>
        <translation>%1 a répondu de façon inattendue (HTTP %2).</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Nightbridge will try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Nightbridge réessaiera.</translation>
    </message>
    <message>
        <source>Cannot find %1&apos;s server. Check your internet connection.</source>
        <translation>Impossible de trouver le serveur de %1. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 refused the connection. The server may be down; try again later.</source>
        <translation>%1 a refusé la connexion. Le serveur est peut-être hors service ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>The connection to %1 was interrupted. Try again.</source>
        <translation>La connexion à %1 a été interrompue. Réessayez.</translation>
    </message>
    <message>
        <source>The secure connection to %1 failed: its certificate is not trusted. A proxy or filter on your network may be in the way.</source>
        <translation>La connexion sécurisée à %1 a échoué : son certificat n’est pas reconnu. Un proxy ou un filtre de votre réseau peut en être la cause.</translation>
    </message>
    <message>
        <source>%1 reported an unknown error. Try again later.</source>
        <translation>%1 a signalé une erreur inconnue. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 keeps redirecting.</source>
        <translation>%1 redirige sans fin.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection and try again.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion Internet et réessayez.</translation>
    </message>
    <message>
        <source>%1 took too long to answer. Try again later.</source>
        <translation>%1 a mis trop de temps à répondre. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 asks Nightbridge to slow down. Wait a few minutes before testing again.</source>
        <translation>%1 demande à Nightbridge de ralentir. Attendez quelques minutes avant de tester à nouveau.</translation>
    </message>
    <message>
        <source>%1 has a problem (server error %2). Try again later.</source>
        <translation>%1 a un problème (erreur serveur %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Try again later.</source>
        <translation>%1 n’a pas répondu à temps. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB. Nightbridge stopped reading it; the server or something between you and it is misbehaving.</source>
        <translation>%1 a envoyé une réponse de plus de %2 Mo. Nightbridge a arrêté de la lire&#xa0;; le serveur ou un intermédiaire se comporte anormalement.</translation>
    </message>
    <message>
        <source>%1 tried to send your data on to another server. Nightbridge refused.</source>
        <translation>%1 a tenté de transmettre vos données à un autre serveur. Nightbridge a refusé.</translation>
    </message>
</context>
<context>
    <name>NightscoutCommand</name>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Test the Nightscout connection, or upload a JSON file to it</source>
        <translation>Tester la connexion à Nightscout, ou y envoyer un fichier JSON</translation>
    </message>
    <message>
        <source>--batch-size needs a positive number.</source>
        <translation>--batch-size nécessite un nombre positif.</translation>
    </message>
    <message>
        <source>No Nightscout address: use --url or set NS_URL.</source>
        <translation>Aucune adresse Nightscout&#xa0;: utilisez --url ou définissez NS_URL.</translation>
    </message>
    <message>
        <source>Cannot read the secret file: %1</source>
        <translation>Impossible de lire le fichier du secret&#xa0;: %1</translation>
    </message>
    <message>
        <source>Site:              %1</source>
        <translation>Site&#xa0;:                 %1</translation>
    </message>
    <message>
        <source>Nightscout:        %1</source>
        <translation>Nightscout&#xa0;:           %1</translation>
    </message>
    <message>
        <source>Units:             %1</source>
        <translation>Unités&#xa0;:               %1</translation>
    </message>
    <message>
        <source>API enabled:       %1</source>
        <translation>API activée&#xa0;:          %1</translation>
    </message>
    <message>
        <source>Careportal:        %1</source>
        <translation>Careportal&#xa0;:           %1</translation>
    </message>
    <message>
        <source>Write permission:  %1</source>
        <translation>Droit d&apos;écriture&#xa0;:     %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>Problem: %1</source>
        <translation>Problème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Connection OK.</source>
        <translation>Connexion OK.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>unexpected structure</source>
        <translation>structure inattendue</translation>
    </message>
    <message>
        <source>%1 is not a Nightscout batch: %2</source>
        <translation>%1 n&apos;est pas un lot Nightscout&#xa0;: %2</translation>
    </message>
    <message>
        <source>Upload failed: %1</source>
        <translation>Échec de l&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <source>Uploaded %1 documents (%2 unchanged, %3 left to other uploaders, %4 refused) in %5 requests.</source>
        <translation>%1 documents envoyés (%2 inchangés, %3 laissés à d&apos;autres outils d&apos;envoi, %4 refusés) en %5 requêtes.</translation>
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
        <translation>Utilisation&#xa0;:
  nightbridge-cli nightscout check [options]
  nightbridge-cli nightscout upload FICHIER [--pretend] [options]

check   Se connecte au site et affiche sa version, ses unités et si Nightbridge peut y envoyer des données,
        ou ce qui ne va pas (secret erroné, site en lecture seule, https obligatoire, pas un Nightscout, ...).
upload  Envoie FICHIER (« - » : entrée standard), {&quot;entries&quot;:[], &quot;treatments&quot;:[], &quot;devicestatus&quot;:[],
        &quot;profile&quot;:[]} tel qu&apos;affiché par `nightbridge-cli convert`, ou tout document Nightscout valide sous
        cette forme : un document sans identifier en reçoit un stable, tiré de sa collection et de son heure,
        si bien qu&apos;envoyer deux fois le même fichier n&apos;enregistre chaque chose qu&apos;une fois. Les documents
        invalides sont listés et font terminer la commande avec le code 6 (les valides sont envoyés).
        --pretend affiche les requêtes qui seraient faites, sans aucun accès réseau.

Options&#xa0;:
  --url URL              le site (sinon NS_URL, sinon le site configuré avec son secret enregistré)
  --account A            check : le site du compte A (le sien, sinon le site partagé)
  --secret-file FICHIER  fichier contenant l&apos;API secret (sinon NS_SECRET)
  --token-file FICHIER   fichier contenant un jeton d&apos;accès («&#xa0;-&#xa0;»&#xa0;: entrée standard&#xa0;; sinon NS_TOKEN)
  --allow-http           autoriser http:// simple vers une adresse non locale (le secret circule en clair)
  --settings FICHIER     lire l&apos;URL, allow-http et la taille des lots dans ce fichier de paramètres
  --batch-size N         documents par requête d&apos;envoi (500 par défaut)
  --json                 sortie lisible par une machine
  --verbose              journaliser la progression sur la sortie d&apos;erreur

Codes de sortie&#xa0;: 0 OK, 2 utilisation, 3 configuration (adresse, site en lecture seule, fichier d&apos;entrée),
4 secret ou jeton refusé / aucune autorisation, 5 site injoignable ou défaillant (réessayer plus tard),
6 réponse inattendue ou fichier d&apos;entrée mal formé, 130 annulé.
</translation>
    </message>
    <message>
        <source>--token is no longer accepted: a command line is visible to other users of this computer. Put the token in a file and use --token-file FILE, pipe it in with --token-file -, or set NS_TOKEN.</source>
        <translation>--token n&apos;est plus accepté&#xa0;: une ligne de commande est visible des autres utilisateurs de cet ordinateur. Placez le jeton dans un fichier et utilisez --token-file FICHIER, transmettez-le par l&apos;entrée standard avec --token-file -, ou définissez NS_TOKEN.</translation>
    </message>
    <message>
        <source>Invalid document %1[%2]: %3</source>
        <translation>Document invalide %1[%2] : %3</translation>
    </message>
</context>
<context>
    <name>NsAuthStatus</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when checking the API secret or token (the server may have changed something).</source>
        <translation>Nightscout a répondu d&apos;une manière que Nightbridge ne comprend pas lors de la vérification de l&apos;API secret ou du jeton (le serveur a peut-être changé quelque chose).</translation>
    </message>
</context>
<context>
    <name>NsErrors</name>
    <message>
        <source>No Nightscout API secret or access token is set. Enter one so Nightbridge can upload.</source>
        <translation>Aucun API secret ni jeton d&apos;accès Nightscout n&apos;est défini. Saisissez-en un pour que Nightbridge puisse envoyer les données.</translation>
    </message>
    <message>
        <source>Nightscout did not accept the API secret. Enter the API_SECRET exactly as it is set on your site (Nightscout waits a few seconds after every wrong attempt).</source>
        <translation>Nightscout n&apos;a pas accepté l&apos;API secret. Saisissez l&apos;API_SECRET exactement tel qu&apos;il est défini sur votre site (Nightscout attend quelques secondes après chaque tentative erronée).</translation>
    </message>
    <message>
        <source>Nightscout did not accept the access token. Copy the token again from the site&apos;s Admin Tools (Subjects).</source>
        <translation>Nightscout n&apos;a pas accepté le jeton d&apos;accès. Copiez à nouveau le jeton depuis les outils d&apos;administration du site (Subjects).</translation>
    </message>
    <message>
        <source>The access token may read but not upload. In the site&apos;s Admin Tools give its subject the &quot;admin&quot; role or a role that allows creating entries and treatments, or use the API secret.</source>
        <translation>Le jeton d&apos;accès permet de lire mais pas d&apos;envoyer. Dans les outils d&apos;administration du site, donnez à son sujet le rôle «&#xa0;admin&#xa0;» ou un rôle qui autorise la création d&apos;entrées et de traitements, ou utilisez l&apos;API secret.</translation>
    </message>
    <message>
        <source>Your Nightscout site is read-only: its API_SECRET is missing or shorter than %1 characters, so it accepts no uploads. Set an API_SECRET of at least %1 characters in the site&apos;s settings and restart it.</source>
        <translation>Votre site Nightscout est en lecture seule&#xa0;: son API_SECRET est absent ou fait moins de %1 caractères, il n&apos;accepte donc aucun envoi. Définissez un API_SECRET d&apos;au moins %1 caractères dans les paramètres du site et redémarrez-le.</translation>
    </message>
    <message>
        <source>The API secret entered in Nightbridge is also too short.</source>
        <translation>L&apos;API secret saisi dans Nightbridge est lui aussi trop court.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept treatments: enable the &quot;careportal&quot; feature (ENABLE setting) and restart it.</source>
        <translation>Votre site Nightscout n&apos;accepte pas les traitements&#xa0;: activez la fonction «&#xa0;careportal&#xa0;» (paramètre ENABLE) et redémarrez-le.</translation>
    </message>
    <message>
        <source>Your Nightscout site only works over https. Change the address to %1.</source>
        <translation>Votre site Nightscout ne fonctionne qu&apos;en https. Remplacez l&apos;adresse par %1.</translation>
    </message>
    <message>
        <source>The Nightscout address %1 redirects to %2. Check the address in the settings.</source>
        <translation>L&apos;adresse Nightscout %1 redirige vers %2. Vérifiez l&apos;adresse dans les paramètres.</translation>
    </message>
    <message>
        <source>No Nightscout site answered at %1. Check the address.</source>
        <translation>Aucun site Nightscout n&apos;a répondu à l&apos;adresse %1. Vérifiez l&apos;adresse.</translation>
    </message>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand (the server may have changed something).</source>
        <translation>Nightscout a répondu d&apos;une manière que Nightbridge ne comprend pas (le serveur a peut-être changé quelque chose).</translation>
    </message>
    <message>
        <source>A %1 document is too large for Nightscout to accept.</source>
        <translation>Un document %1 est trop volumineux pour être accepté par Nightscout.</translation>
    </message>
    <message>
        <source>Nightbridge refused to upload a %1 document it did not create itself.</source>
        <translation>Nightbridge a refusé d&apos;envoyer un document %1 qu&apos;il n&apos;a pas créé lui-même.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Your Nightscout site does not accept this upload (404): it may be read-only (API_SECRET shorter than %1 characters) or have the careportal feature off.</source>
        <translation>Votre site Nightscout n&apos;accepte pas cet envoi (404)&#xa0;: il est peut-être en lecture seule (API_SECRET de moins de %1 caractères) ou la fonction careportal est désactivée.</translation>
    </message>
</context>
<context>
    <name>NsJwt</name>
    <message>
        <source>Nightscout answered in a way Nightbridge does not understand when asked for an access token (the server may have changed something).</source>
        <translation>Nightscout a répondu d&apos;une manière que Nightbridge ne comprend pas lors de la demande d&apos;un jeton d&apos;accès (le serveur a peut-être changé quelque chose).</translation>
    </message>
</context>
<context>
    <name>NsServerStatus</name>
    <message>
        <source>The site did not answer like a Nightscout site. Check the address.</source>
        <translation>Le site n&apos;a pas répondu comme un site Nightscout. Vérifiez l&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>NsUrl</name>
    <message>
        <source>Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>Saisissez l&apos;adresse de votre site Nightscout, par ex. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid web address. Enter the address of your Nightscout site, e.g. https://example.herokuapp.com.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web valide. Saisissez l&apos;adresse de votre site Nightscout, par ex. https://example.herokuapp.com.</translation>
    </message>
    <message>
        <source>The Nightscout address must start with https://.</source>
        <translation>L&apos;adresse Nightscout doit commencer par https://.</translation>
    </message>
    <message>
        <source>The Nightscout address contains a user name or secret. Enter only the site address here and put the API secret or token in its own field.</source>
        <translation>L&apos;adresse Nightscout contient un nom d&apos;utilisateur ou un secret. Saisissez ici uniquement l&apos;adresse du site et placez l&apos;API secret ou le jeton dans son propre champ.</translation>
    </message>
    <message>
        <source>The Nightscout address contains extra parts after &quot;?&quot; or &quot;#&quot;. Enter only the site address here and put an access token in the token field.</source>
        <translation>L&apos;adresse Nightscout contient des éléments après «&#xa0;?&#xa0;» ou «&#xa0;#&#xa0;». Saisissez ici uniquement l&apos;adresse du site et placez un jeton d&apos;accès dans le champ du jeton.</translation>
    </message>
    <message>
        <source>The Nightscout address uses http://, so your API secret would travel unencrypted. Use the https:// address of your site (or explicitly allow plain HTTP in the settings if this is a private network).</source>
        <translation>L&apos;adresse Nightscout utilise http://, votre API secret circulerait donc sans chiffrement. Utilisez l&apos;adresse https:// de votre site (ou autorisez explicitement le HTTP simple dans les paramètres s&apos;il s&apos;agit d&apos;un réseau privé).</translation>
    </message>
</context>
<context>
    <name>RevealButton</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>No reading yet</source>
        <translation>Pas encore de mesure</translation>
    </message>
    <message>
        <source>%1 (old)</source>
        <translation>%1 (ancienne)</translation>
    </message>
    <message>
        <source>Nightbridge (demo data, not real readings)</source>
        <translation>Nightbridge (données de démonstration, pas de vraies mesures)</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>paused, resumes %1</source>
        <translation>en pause, reprise %1</translation>
    </message>
    <message>
        <source>, synced %1</source>
        <translation>, synchronisé %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Dernière synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Next sync: %1</source>
        <translation>Prochaine synchronisation&#xa0;: %1</translation>
    </message>
    <message>
        <source>Newest data: %1</source>
        <translation>Données les plus récentes&#xa0;: %1</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Check password…</source>
        <translation>Vérifier le mot de passe…</translation>
    </message>
    <message>
        <source>Open settings…</source>
        <translation>Ouvrir les paramètres…</translation>
    </message>
    <message>
        <source>IOB %1 U</source>
        <translation>IOB %1 U</translation>
    </message>
    <message>
        <source>Reservoir %1 U</source>
        <translation>Réservoir %1 U</translation>
    </message>
    <message>
        <source>Pump battery %1 %</source>
        <translation>Batterie de la pompe %1 %</translation>
    </message>
    <message>
        <source>Phone battery %1 %</source>
        <translation>Batterie du téléphone %1 %</translation>
    </message>
    <message>
        <source>waiting for the first sync</source>
        <translation>en attente de la première synchronisation</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 % in range · %2 % low · %3 % high · average %4</source>
        <translation>%1 % dans la cible · %2 % bas · %3 % haut · moyenne %4</translation>
    </message>
    <message>
        <source>Tandem readings arrive 30 minutes or more late.</source>
        <translation>Les valeurs Tandem arrivent avec 30 minutes de retard ou plus.</translation>
    </message>
    <message>
        <source>No account yet: add an account to sync</source>
        <translation>Aucun compte pour l’instant : ajoutez un compte pour synchroniser</translation>
    </message>
    <message>
        <source>DEMO — not real readings</source>
        <translation>DÉMO — pas de vraies mesures</translation>
    </message>
    <message>
        <source>, never synced</source>
        <translation>, jamais synchronisé</translation>
    </message>
</context>
<context>
    <name>SyncHealthSummary</name>
    <message>
        <source>no account set up</source>
        <translation>aucun compte configuré</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>syncing</source>
        <translation>synchronisation en cours</translation>
    </message>
    <message>
        <source>retrying</source>
        <translation>nouvelle tentative</translation>
    </message>
    <message>
        <source>needs your attention</source>
        <translation>requiert votre attention</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivé</translation>
    </message>
</context>
<context>
    <name>TandemErrors</name>
    <message>
        <source>Tandem Source data that Nightbridge does not understand (the vendor may have changed something): %1: %2. Nothing from it was uploaded.</source>
        <translation>Données Tandem Source que Nightbridge ne comprend pas (le fabricant a peut-être changé quelque chose)&#xa0;: %1&#xa0;: %2. Rien n&apos;en a été envoyé.</translation>
    </message>
    <message>
        <source>Tandem Source answered in a way Nightbridge does not understand (the vendor may have changed something).</source>
        <translation>Tandem Source a répondu d&apos;une manière que Nightbridge ne comprend pas (le fabricant a peut-être changé quelque chose).</translation>
    </message>
    <message>
        <source>Tandem Source did not accept the e-mail address and password. Check them in the account settings.</source>
        <translation>Tandem Source n&apos;a pas accepté l&apos;adresse e-mail et le mot de passe. Vérifiez-les dans les paramètres du compte.</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in to Tandem Source failed %n time(s) in a row, so Nightbridge stopped trying to protect your account from being locked. Check your e-mail and password, then save them again.</source>
        <translation>
            <numerusform>La connexion à Tandem Source a échoué %n fois de suite&#xa0;; Nightbridge a donc cessé d&apos;essayer pour éviter le blocage de votre compte. Vérifiez votre adresse e-mail et votre mot de passe, puis enregistrez-les à nouveau.</numerusform>
            <numerusform>La connexion à Tandem Source a échoué %n fois de suite&#xa0;; Nightbridge a donc cessé d&apos;essayer pour éviter le blocage de votre compte. Vérifiez votre adresse e-mail et votre mot de passe, puis enregistrez-les à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Tandem Source account has no pump with uploaded data yet. Upload from the pump (t:slim X2 or Mobi app) first.</source>
        <translation>Ce compte Tandem Source n&apos;a encore aucune pompe avec des données envoyées. Envoyez d&apos;abord les données depuis la pompe (t:slim X2 ou application Mobi).</translation>
    </message>
    <message>
        <source>No pump with serial number %1 in this Tandem Source account. Check the serial number in the account settings, or leave it empty to use the most recent pump.</source>
        <translation>Aucune pompe portant le numéro de série %1 dans ce compte Tandem Source. Vérifiez le numéro de série dans les paramètres du compte, ou laissez-le vide pour utiliser la pompe la plus récente.</translation>
    </message>
    <message>
        <source>The Tandem Source settings are not valid: %1.</source>
        <translation>Les paramètres Tandem Source ne sont pas valides&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Tandem Source sign-in returned an identity token that Nightbridge could not verify. Try again later; if it persists, the vendor may have changed something.</source>
        <translation>La connexion à Tandem Source a renvoyé un jeton d&apos;identité que Nightbridge n&apos;a pas pu vérifier. Réessayez plus tard&#xa0;; si le problème persiste, le fabricant a peut-être changé quelque chose.</translation>
    </message>
    <message>
        <source>Tandem Source blocked the sign-in for now (HTTP %1, perhaps a firewall). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source a bloqué la connexion pour l’instant (HTTP %1, peut-être un pare-feu). Ce n’est pas un mot de passe erroné&#xa0;; Nightbridge réessaiera plus tard.</translation>
    </message>
    <message>
        <source>Tandem Source answered the sign-in in a way Nightbridge does not understand (HTTP %1; the vendor may have changed something). This is not a wrong password; Nightbridge tries again later.</source>
        <translation>Tandem Source a répondu à la connexion d’une façon que Nightbridge ne comprend pas (HTTP %1&#xa0;; le fabricant a peut-être changé quelque chose). Ce n’est pas un mot de passe erroné&#xa0;; Nightbridge réessaiera plus tard.</translation>
    </message>
</context>
<context>
    <name>TreatmentMapper</name>
    <message>
        <source>SmartGuard auto correction</source>
        <translation>Correction automatique SmartGuard</translation>
    </message>
    <message>
        <source>SmartGuard auto basal %1 U</source>
        <translation>Basale automatique SmartGuard %1 U</translation>
    </message>
    <message>
        <source>Sensor calibration</source>
        <translation>Calibration du capteur</translation>
    </message>
    <message>
        <source>SmartGuard suspended insulin for low glucose</source>
        <translation>SmartGuard a suspendu l&apos;insuline pour glucose bas</translation>
    </message>
    <message>
        <source>SmartGuard mode changed</source>
        <translation>Mode SmartGuard modifié</translation>
    </message>
    <message>
        <source>SmartGuard on</source>
        <translation>SmartGuard activé</translation>
    </message>
    <message>
        <source>SmartGuard off</source>
        <translation>SmartGuard désactivé</translation>
    </message>
    <message>
        <source>Pump clock changed</source>
        <translation>Horloge de la pompe modifiée</translation>
    </message>
</context>
<context>
    <name>UrlSchemeRegistration</name>
    <message>
        <source>The application path is unknown.</source>
        <translation>Le chemin de l&apos;application est inconnu.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Cannot register Nightbridge for the CareLink sign-in.</source>
        <translation>Impossible d&apos;enregistrer Nightbridge pour la connexion CareLink.</translation>
    </message>
    <message>
        <source>This registration is for Windows only.</source>
        <translation>Cet enregistrement concerne uniquement Windows.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Quit after SECONDS (smoke tests).</source>
        <translation>Quitter après SECONDES secondes (tests rapides).</translation>
    </message>
    <message>
        <source>Syncs CareLink and Tandem Source data to Nightscout from the system tray.</source>
        <translation>Synchronise les données CareLink et Tandem Source avec Nightscout depuis la zone de notification.</translation>
    </message>
    <message>
        <source>A CareLink sign-in address handed over by the browser.</source>
        <translation>Une adresse de connexion CareLink transmise par le navigateur.</translation>
    </message>
    <message>
        <source>Run the demo (simulated CareLink and Tandem data) even when accounts are configured.</source>
        <translation>Lancer la démonstration (données CareLink et Tandem simulées) même si des comptes sont configurés.</translation>
    </message>
    <message>
        <source>Keep settings, state and logs in DIR.</source>
        <translation>Conserver les paramètres, l&apos;état et les journaux dans DIR.</translation>
    </message>
    <message>
        <source>Log at debug level (the log file and stderr).</source>
        <translation>Journaliser au niveau débogage (fichier journal et sortie d&apos;erreur).</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de compte valide (lettres minuscules, chiffres, - et _).</translation>
    </message>
    <message>
        <source>Accounts have no setting &quot;%1&quot;. Known: %2.</source>
        <translation>Les comptes n&apos;ont pas de paramètre «&#xa0;%1&#xa0;». Paramètres connus&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Accounts from the environment are not saved.</source>
        <translation>Les comptes issus de l&apos;environnement ne sont pas enregistrés.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun compte «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>nb::BackfillAccountPage</name>
    <message>
        <source>Which account?</source>
        <translation>Quel compte&#xa0;?</translation>
    </message>
    <message>
        <source>A backfill fetches a past range from the vendor and uploads what Nightscout is missing. Documents already on your site are left as they are.</source>
        <translation>Un rattrapage récupère une période passée auprès du fabricant et envoie ce qui manque dans Nightscout. Les documents déjà présents sur votre site restent tels quels.</translation>
    </message>
    <message>
        <source>Account:</source>
        <translation>Compte&#xa0;:</translation>
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
        <translation>Il n&apos;y a encore aucun compte. Ajoutez-en d&apos;abord un dans les paramètres.</translation>
    </message>
    <message>
        <source>An earlier backfill of this account was interrupted (%1 to %2, %3 of %4 parts done). You can continue it on the next page.</source>
        <translation>Un rattrapage précédent de ce compte a été interrompu (%1 à %2, %3 parties sur %4 terminées). Vous pouvez le poursuivre à la page suivante.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillFeaturesPage</name>
    <message>
        <source>What to fill?</source>
        <translation>Que faut-il compléter&#xa0;?</translation>
    </message>
    <message>
        <source>The account&apos;s own choices are preset. Changes here apply to this backfill only.</source>
        <translation>Les choix du compte sont présélectionnés. Les modifications faites ici ne s&apos;appliquent qu&apos;à ce rattrapage.</translation>
    </message>
    <message>
        <source>Choose at least one kind of data.</source>
        <translation>Choisissez au moins un type de données.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillJob</name>
    <message>
        <source>There is no interrupted backfill to resume.</source>
        <translation>Il n&apos;y a aucun rattrapage interrompu à reprendre.</translation>
    </message>
    <message>
        <source>Nothing of the requested range is left to fetch.</source>
        <translation>Il ne reste rien à récupérer dans la période demandée.</translation>
    </message>
    <message>
        <source>The backfill was cancelled. Run it again to continue where it stopped.</source>
        <translation>Le rattrapage a été annulé. Relancez-le pour continuer là où il s&apos;est arrêté.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillPlanner</name>
    <message numerus="yes">
        <source>This source keeps only the last %n hour(s) of data: older readings cannot be fetched from it any more. Backfilling from %1 instead.</source>
        <translation>
            <numerusform>Cette source ne conserve que la dernière %n heure de données&#xa0;: les mesures plus anciennes ne peuvent plus y être récupérées. Rattrapage à partir de %1 à la place.</numerusform>
            <numerusform>Cette source ne conserve que les %n dernières heures de données&#xa0;: les mesures plus anciennes ne peuvent plus y être récupérées. Rattrapage à partir de %1 à la place.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillPreviewPage</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Nightbridge fetched the range and compared it with your Nightscout site. Nothing has been uploaded yet.</source>
        <translation>Nightbridge a récupéré la période et l&apos;a comparée avec votre site Nightscout. Rien n&apos;a encore été envoyé.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Missing on the site</source>
        <translation>Absent du site</translation>
    </message>
    <message>
        <source>Different on the site</source>
        <translation>Différent sur le site</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>On the site</source>
        <translation>Sur le site</translation>
    </message>
    <message>
        <source>Fetching the range from the vendor and comparing it with Nightscout…</source>
        <translation>Récupération de la période auprès du fabricant et comparaison avec Nightscout…</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found so far.</source>
        <translation>
            <numerusform>%n document trouvé jusqu&apos;ici.</numerusform>
            <numerusform>%n documents trouvés jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout already has everything in this range.</source>
        <translation>Nightscout contient déjà tout ce qui concerne cette période.</translation>
    </message>
    <message>
        <source>Start the backfill to upload what is missing.</source>
        <translation>Lancez le rattrapage pour envoyer ce qui manque.</translation>
    </message>
    <message>
        <source>%1 documents in the range. Nightscout already has %2; %3 are missing and %4 differ (the upload replaces those that Nightbridge wrote).</source>
        <translation>%1 documents dans la période. Nightscout en a déjà %2&#xa0;; %3 manquent et %4 diffèrent (l&apos;envoi remplace ceux écrits par Nightbridge).</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>different</source>
        <translation>différent</translation>
    </message>
</context>
<context>
    <name>nb::BackfillRangePage</name>
    <message>
        <source>The last</source>
        <translation>Les derniers</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Which days?</source>
        <translation>Quels jours&#xa0;?</translation>
    </message>
    <message>
        <source>Choose the range to fill. Days are in this computer&apos;s time zone.</source>
        <translation>Choisissez la période à compléter. Les jours suivent le fuseau horaire de cet ordinateur.</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message numerus="yes">
        <source>CareLink keeps only the last %n hour(s) of data. Older readings cannot be fetched from it by anyone, so the range is limited to that.</source>
        <translation>
            <numerusform>CareLink ne conserve que la dernière %n heure de données. Personne ne peut plus y récupérer les mesures plus anciennes, la période est donc limitée à cela.</numerusform>
            <numerusform>CareLink ne conserve que les %n dernières heures de données. Personne ne peut plus y récupérer les mesures plus anciennes, la période est donc limitée à cela.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is read in windows of up to %n day(s); a long range takes several requests and can take a few minutes.</source>
        <translation>
            <numerusform>%1 est lu par fenêtres de %n jour au plus&#xa0;; une longue période demande plusieurs requêtes et peut prendre quelques minutes.</numerusform>
            <numerusform>%1 est lu par fenêtres de %n jours au plus&#xa0;; une longue période demande plusieurs requêtes et peut prendre quelques minutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>The vendor</source>
        <translation>Le fabricant</translation>
    </message>
    <message>
        <source>Continue the interrupted backfill (%1 to %2, %3 of %4 parts done)</source>
        <translation>Poursuivre le rattrapage interrompu (%1 à %2, %3 parties sur %4 terminées)</translation>
    </message>
    <message>
        <source>The start must be before the end.</source>
        <translation>Le début doit précéder la fin.</translation>
    </message>
    <message>
        <source>Nothing of this range can be fetched.</source>
        <translation>Rien de cette période ne peut être récupéré.</translation>
    </message>
    <message numerus="yes">
        <source>%n request window(s), from %1 to %2.</source>
        <translation>
            <numerusform>%n fenêtre de requête, du %1 au %2.</numerusform>
            <numerusform>%n fenêtres de requête, du %1 au %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::BackfillRunPage</name>
    <message>
        <source>Cancel backfill</source>
        <translation>Annuler le rattrapage</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Backfilling</source>
        <translation>Rattrapage en cours</translation>
    </message>
    <message>
        <source>You can cancel at any time: what was uploaded stays, and the backfill can continue later where it stopped.</source>
        <translation>Vous pouvez annuler à tout moment&#xa0;: ce qui a été envoyé reste, et le rattrapage pourra reprendre plus tard là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>Found in the range:</source>
        <translation>Trouvés dans la période&#xa0;:</translation>
    </message>
    <message>
        <source>Uploaded:</source>
        <translation>Envoyés&#xa0;:</translation>
    </message>
    <message>
        <source>Already in Nightscout:</source>
        <translation>Déjà dans Nightscout&#xa0;:</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Continuing where the backfill stopped…</source>
        <translation>Reprise du rattrapage là où il s&apos;est arrêté…</translation>
    </message>
    <message>
        <source>Part %1 of %2%3</source>
        <translation>Partie %1 sur %2%3</translation>
    </message>
    <message>
        <source> (continued)</source>
        <translation> (suite)</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 parts. What was uploaded stays; Resume continues where it stopped, now or later.</source>
        <translation>Annulé après %1 parties sur %2. Ce qui a été envoyé reste&#xa0;; «&#xa0;Reprendre&#xa0;» continue là où il s&apos;est arrêté, maintenant ou plus tard.</translation>
    </message>
    <message>
        <source>The progress is saved; Resume continues where it stopped.</source>
        <translation>La progression est enregistrée&#xa0;; «&#xa0;Reprendre&#xa0;» continue là où il s&apos;est arrêté.</translation>
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
        <translation>Un rattrapage est en cours.</translation>
    </message>
    <message>
        <source>The account &quot;%1&quot; does not exist.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The backfill was cancelled.</source>
        <translation>Le rattrapage a été annulé.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillSummaryPage</name>
    <message>
        <source>Backfill finished</source>
        <translation>Rattrapage terminé</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range from %3 to %4. %5 uploaded, %6 were already in Nightscout.</source>
        <translation>%1&#xa0;: %2 documents dans la période du %3 au %4. %5 envoyés, %6 étaient déjà dans Nightscout.</translation>
    </message>
    <message>
        <source>The backfill continued an interrupted one.</source>
        <translation>Ce rattrapage a repris un rattrapage interrompu.</translation>
    </message>
</context>
<context>
    <name>nb::BackfillWizard</name>
    <message>
        <source>Backfill Nightscout</source>
        <translation>Rattrapage Nightscout</translation>
    </message>
    <message>
        <source>Start backfill</source>
        <translation>Lancer le rattrapage</translation>
    </message>
</context>
<context>
    <name>nb::DemoMode</name>
    <message>
        <source>The demo could not start its built-in services.</source>
        <translation>La démonstration n&apos;a pas pu démarrer ses services intégrés.</translation>
    </message>
</context>
<context>
    <name>nb::DocumentSummary</name>
    <message>
        <source>Glucose readings</source>
        <translation>Mesures de glucose</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Device status</source>
        <translation>État de l&apos;appareil</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
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
        <translation>La ligne %1 du fichier .env n&apos;est pas de la forme NOM=valeur.</translation>
    </message>
    <message>
        <source>Line %1 of the .env file has an unclosed quote.</source>
        <translation>La ligne %1 du fichier .env contient un guillemet non fermé.</translation>
    </message>
</context>
<context>
    <name>nb::FileCredentialStore</name>
    <message>
        <source>Plain file, not encrypted (%1)</source>
        <translation>Fichier simple, non chiffré (%1)</translation>
    </message>
    <message>
        <source>Nightbridge cannot use its credentials file %1. Check that the file and its folder belong to you and are writable, or switch back to the system keychain.</source>
        <translation>Nightbridge ne peut pas utiliser son fichier d&apos;identifiants %1. Vérifiez que le fichier et son dossier vous appartiennent et sont accessibles en écriture, ou revenez au trousseau du système.</translation>
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
        <translation>Medtronic CareLink (MiniMed 780G et autres)</translation>
    </message>
    <message>
        <source>Your pump account</source>
        <translation>Votre compte de pompe</translation>
    </message>
    <message>
        <source>Where does your data come from? You can add more accounts later in the settings.</source>
        <translation>D&apos;où viennent vos données&#xa0;? Vous pourrez ajouter d&apos;autres comptes plus tard dans les paramètres.</translation>
    </message>
    <message>
        <source>Next is available once the sign-in worked.</source>
        <translation>«&#xa0;Suivant&#xa0;» est disponible dès que la connexion a réussi.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunAutostartPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Démarrer Nightbridge à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Nightbridge can only sync while it runs. Starting it at login keeps Nightscout up to date without you thinking about it.</source>
        <translation>Nightbridge ne peut synchroniser que lorsqu&apos;il est en cours d&apos;exécution. Le démarrer à l&apos;ouverture de session maintient Nightscout à jour sans que vous ayez à y penser.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunDonePage</name>
    <message>
        <source>All set</source>
        <translation>Tout est prêt</translation>
    </message>
    <message>
        <source>Nightbridge lives in the system tray. Its icon shows your latest reading; click it for details, or open the settings from its menu.</source>
        <translation>Nightbridge se trouve dans la zone de notification. Son icône affiche votre dernière mesure&#xa0;; cliquez dessus pour les détails, ou ouvrez les paramètres depuis son menu.</translation>
    </message>
    <message>
        <source>Starting the first sync…</source>
        <translation>Démarrage de la première synchronisation…</translation>
    </message>
    <message>
        <source>Syncing %1 for the first time…</source>
        <translation>Première synchronisation de %1…</translation>
    </message>
    <message>
        <source>The first sync did not work: %1</source>
        <translation>La première synchronisation n&apos;a pas fonctionné&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>The first sync worked: %n document(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>La première synchronisation a fonctionné&#xa0;: %n document envoyé à Nightscout.</numerusform>
            <numerusform>La première synchronisation a fonctionné&#xa0;: %n documents envoyés à Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest reading: %1 mg/dL at %2.</source>
        <translation>Dernière mesure&#xa0;: %1 mg/dL à %2.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunFeaturesPage</name>
    <message>
        <source>What to upload</source>
        <translation>Ce qu&apos;il faut envoyer</translation>
    </message>
    <message>
        <source>The usual choices are preset. &quot;Check Nightscout for other uploaders&quot; warns when something else already writes the same kind of data to your site.</source>
        <translation>Les choix habituels sont présélectionnés. «&#xa0;Rechercher d&apos;autres outils d&apos;envoi dans Nightscout&#xa0;» avertit lorsque quelque chose d&apos;autre écrit déjà le même type de données sur votre site.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunNightscoutPage</name>
    <message>
        <source>Your Nightscout site</source>
        <translation>Votre site Nightscout</translation>
    </message>
    <message>
        <source>Enter the address of your site and its API secret or an access token, then test the connection.</source>
        <translation>Saisissez l&apos;adresse de votre site et son API secret ou un jeton d&apos;accès, puis testez la connexion.</translation>
    </message>
    <message>
        <source>Next is available once the connection test passed.</source>
        <translation>«&#xa0;Suivant&#xa0;» est disponible dès que le test de connexion a réussi.</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWelcomePage</name>
    <message>
        <source>Welcome to Nightbridge</source>
        <translation>Bienvenue dans Nightbridge</translation>
    </message>
    <message>
        <source>Nightbridge copies the data of your Medtronic CareLink or Tandem Source account to your Nightscout site, in the background, for as long as this computer is on.

You need the address of your Nightscout site with its API secret (or an access token), and the sign-in of your CareLink or Tandem Source account. Passwords and secrets are kept in the system&apos;s keychain, never in a file.</source>
        <translation>Nightbridge copie les données de votre compte Medtronic CareLink ou Tandem Source vers votre site Nightscout, en arrière-plan, tant que cet ordinateur est allumé.

Il vous faut l&apos;adresse de votre site Nightscout avec son API secret (ou un jeton d&apos;accès), et les identifiants de votre compte CareLink ou Tandem Source. Les mots de passe et les secrets sont conservés dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Just looking? The demo shows Nightbridge at work with made-up data, without any account.</source>
        <translation>Vous voulez juste regarder&#xa0;? La démonstration montre Nightbridge au travail avec des données fictives, sans aucun compte.</translation>
    </message>
    <message>
        <source>Try demo mode</source>
        <translation>Essayer le mode démonstration</translation>
    </message>
</context>
<context>
    <name>nb::FirstRunWizard</name>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Configurer Nightbridge</translation>
    </message>
    <message>
        <source>Save and start</source>
        <translation>Enregistrer et démarrer</translation>
    </message>
    <message>
        <source>Add an account first.</source>
        <translation>Ajoutez d&apos;abord un compte.</translation>
    </message>
</context>
<context>
    <name>nb::KeychainCredentialStore</name>
    <message>
        <source>macOS Keychain</source>
        <translation>Trousseau macOS</translation>
    </message>
    <message>
        <source>Windows Credential Manager</source>
        <translation>Gestionnaire d&apos;identification Windows</translation>
    </message>
    <message>
        <source>Secret Service (GNOME Keyring, KWallet)</source>
        <translation>Secret Service (GNOME Keyring, KWallet)</translation>
    </message>
    <message numerus="yes">
        <source>The keychain did not answer within %n second(s). If a keychain window is waiting for you, answer it; otherwise unlock the keychain or restart its service, then try again.</source>
        <translation>
            <numerusform>Le trousseau n&apos;a pas répondu en %n seconde. Si une fenêtre du trousseau vous attend, répondez-y&#xa0;; sinon, déverrouillez le trousseau ou redémarrez son service, puis réessayez.</numerusform>
            <numerusform>Le trousseau n&apos;a pas répondu en %n secondes. Si une fenêtre du trousseau vous attend, répondez-y&#xa0;; sinon, déverrouillez le trousseau ou redémarrez son service, puis réessayez.</numerusform>
        </translation>
    </message>
    <message>
        <source>No keychain service is running (Secret Service: GNOME Keyring or KWallet). Log in to a desktop session that provides one, or install and start gnome-keyring. On a server without a desktop you can choose the unencrypted credentials file in the settings.</source>
        <translation>Aucun service de trousseau n&apos;est actif (Secret Service&#xa0;: GNOME Keyring ou KWallet). Ouvrez une session de bureau qui en fournit un, ou installez et démarrez gnome-keyring. Sur un serveur sans bureau, vous pouvez choisir le fichier d&apos;identifiants non chiffré dans les paramètres.</translation>
    </message>
    <message>
        <source>The system keychain is not available. Try again after logging in again.</source>
        <translation>Le trousseau du système n&apos;est pas disponible. Réessayez après vous être reconnecté.</translation>
    </message>
    <message>
        <source>The keychain is locked or has no default keyring, and Nightbridge could not ask you to unlock it. Unlock it (for example with your desktop&apos;s password manager, or by logging in again) and try again.</source>
        <translation>Le trousseau est verrouillé ou n&apos;a pas de trousseau par défaut, et Nightbridge n&apos;a pas pu vous demander de le déverrouiller. Déverrouillez-le (par exemple avec le gestionnaire de mots de passe de votre bureau, ou en vous reconnectant) et réessayez.</translation>
    </message>
    <message>
        <source>Access to the keychain was denied. Allow Nightbridge to use the keychain and try again.</source>
        <translation>L&apos;accès au trousseau a été refusé. Autorisez Nightbridge à utiliser le trousseau et réessayez.</translation>
    </message>
    <message>
        <source>The keychain could not delete the saved credential. Remove it with your keychain manager.</source>
        <translation>Le trousseau n&apos;a pas pu supprimer l&apos;identifiant enregistré. Supprimez-le avec votre gestionnaire de trousseau.</translation>
    </message>
    <message>
        <source>This system has no keychain Nightbridge can use.</source>
        <translation>Ce système n&apos;a aucun trousseau utilisable par Nightbridge.</translation>
    </message>
    <message>
        <source>The keychain reported an error. Make sure it is unlocked and try again; the log has details.</source>
        <translation>Le trousseau a signalé une erreur. Assurez-vous qu&apos;il est déverrouillé et réessayez&#xa0;; le journal contient les détails.</translation>
    </message>
</context>
<context>
    <name>nb::Outbox</name>
    <message>
        <source>Nightbridge cannot keep its pending uploads in %1. Check that the disk is not full and the folder is writable.</source>
        <translation>Nightbridge ne peut pas conserver ses envois en attente dans %1. Vérifiez que le disque n&apos;est pas plein et que le dossier est accessible en écriture.</translation>
    </message>
</context>
<context>
    <name>nb::RangeReader</name>
    <message>
        <source>Comparing with the Nightscout site took too long. Nightbridge will try again later.</source>
        <translation>La comparaison avec le site Nightscout a pris trop de temps. Nightbridge réessaiera plus tard.</translation>
    </message>
    <message>
        <source>The Nightscout site needs more requests than expected to list its data. Nightbridge stopped comparing with it; check that the site (and any proxy in front of it) answers queries normally.</source>
        <translation>Le site Nightscout nécessite plus de requêtes que prévu pour lister ses données. Nightbridge a arrêté la comparaison&#xa0;; vérifiez que le site (et tout proxy placé devant) répond normalement aux requêtes.</translation>
    </message>
    <message>
        <source>The Nightscout site ignored the time range Nightbridge asked for and sent other data (an old Nightscout version, or a proxy that drops the query). Nightbridge stopped comparing with the site; uploads are not affected.</source>
        <translation>Le site Nightscout a ignoré la période demandée par Nightbridge et a envoyé d&apos;autres données (une ancienne version de Nightscout, ou un proxy qui supprime la requête). Nightbridge a arrêté la comparaison avec le site&#xa0;; les envois ne sont pas concernés.</translation>
    </message>
    <message>
        <source>The Nightscout site holds far more data for this time than expected. Nightbridge stopped comparing with it.</source>
        <translation>Le site Nightscout contient bien plus de données que prévu pour cette période. Nightbridge a arrêté la comparaison.</translation>
    </message>
</context>
<context>
    <name>nb::Runtime</name>
    <message>
        <source>Cannot create the folder %1. Check --config and the permissions.</source>
        <translation>Impossible de créer le dossier %1. Vérifiez --config et les autorisations.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;. Accounts: %2.</source>
        <translation>Il n&apos;existe aucun compte «&#xa0;%1&#xa0;». Comptes&#xa0;: %2.</translation>
    </message>
    <message>
        <source>none (see `nightbridge-cli accounts add`)</source>
        <translation>aucun (voir `nightbridge-cli accounts add`)</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Set it with `nightbridge-cli accounts set` / the settings (nightscout/url), or NS_URL.</source>
        <translation>Aucun site Nightscout n&apos;est configuré. Définissez-le avec `nightbridge-cli accounts set` / les paramètres (nightscout/url), ou NS_URL.</translation>
    </message>
    <message>
        <source>No Nightscout site is configured. Enter its address in Settings.</source>
        <translation>Aucun site Nightscout n&apos;est configuré. Saisissez son adresse dans les paramètres.</translation>
    </message>
    <message>
        <source>No Nightscout API secret is stored. Add it with `nightbridge-cli accounts set --nightscout-secret-file FILE`, or set NS_SECRET.</source>
        <translation>Aucun API secret Nightscout n&apos;est enregistré. Ajoutez-le avec `nightbridge-cli accounts set --nightscout-secret-file FICHIER`, ou définissez NS_SECRET.</translation>
    </message>
    <message>
        <source>No Nightscout API secret or token is stored. Enter it in Settings.</source>
        <translation>Aucun API secret ni jeton Nightscout n&apos;est enregistré. Saisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <source>Another Nightbridge process (PID %1) is syncing these accounts. Wait for it to finish, or stop it first.</source>
        <translation>Un autre processus Nightbridge (PID %1) synchronise ces comptes. Attendez qu&apos;il termine, ou arrêtez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Nightbridge cannot write in its data folder %1 (%2). Check that it belongs to you, is writable and the disk is not full.</source>
        <translation>Nightbridge ne peut pas écrire dans son dossier de données %1 (%2). Vérifiez qu&apos;il vous appartient, qu&apos;il est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
</context>
<context>
    <name>nb::Settings</name>
    <message>
        <source>The settings file was written by a newer version of Nightbridge. Settings are read-only until you update Nightbridge.</source>
        <translation>Le fichier de paramètres a été écrit par une version plus récente de Nightbridge. Les paramètres sont en lecture seule jusqu&apos;à la mise à jour de Nightbridge.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its settings to %1. Check that the folder exists and is writable.</source>
        <translation>Nightbridge ne peut pas enregistrer ses paramètres dans %1. Vérifiez que le dossier existe et est accessible en écriture.</translation>
    </message>
    <message>
        <source>The setting &quot;%1&quot; %2.</source>
        <translation>Le paramètre «&#xa0;%1&#xa0;»&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>nb::SingleInstance</name>
    <message>
        <source>Nightbridge is already running but does not respond. Quit it and try again.</source>
        <translation>Nightbridge est déjà en cours d&apos;exécution mais ne répond pas. Quittez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>nb::SourceFactory</name>
    <message>
        <source>Account &quot;%1&quot;: unknown time zone &quot;%2&quot;.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: fuseau horaire inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: unknown CareLink feature &quot;%2&quot;. Known: %3.</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: fonction CareLink inconnue «&#xa0;%2&#xa0;». Fonctions connues&#xa0;: %3.</translation>
    </message>
    <message>
        <source>The setting %1 must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>Le paramètre %1 doit être une adresse https (ou http vers 127.0.0.1 ou ::1).</translation>
    </message>
</context>
<context>
    <name>nb::StateStore</name>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge. Update Nightbridge to continue syncing.</source>
        <translation>L&apos;état de synchronisation a été enregistré par une version plus récente de Nightbridge. Mettez Nightbridge à jour pour continuer à synchroniser.</translation>
    </message>
    <message>
        <source>The sync state was saved by a newer version of Nightbridge and is not overwritten.</source>
        <translation>L&apos;état de synchronisation a été enregistré par une version plus récente de Nightbridge et n&apos;est pas écrasé.</translation>
    </message>
    <message>
        <source>Nightbridge refused to store a secret in its state file.</source>
        <translation>Nightbridge a refusé d&apos;enregistrer un secret dans son fichier d&apos;état.</translation>
    </message>
    <message>
        <source>Nightbridge cannot save its sync state to %1. Check free disk space and that the folder is writable.</source>
        <translation>Nightbridge ne peut pas enregistrer son état de synchronisation dans %1. Vérifiez l&apos;espace disque disponible et que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>Nightbridge cannot read its sync state in %1. Check that the folder and its files belong to you and are readable.</source>
        <translation>Nightbridge ne peut pas lire son état de synchronisation dans %1. Vérifiez que le dossier et ses fichiers vous appartiennent et sont lisibles.</translation>
    </message>
    <message>
        <source>The saved sync state in %1 is damaged and cannot be set aside. Check that the folder is writable.</source>
        <translation>L&apos;état de synchronisation enregistré dans %1 est endommagé et ne peut pas être mis de côté. Vérifiez que le dossier est accessible en écriture.</translation>
    </message>
    <message>
        <source>The saved sync state was damaged. Nightbridge set it aside (%1) and started from scratch: each account is read again from the vendor, and documents Nightscout already has are recognised and not uploaded twice.</source>
        <translation>L&apos;état de synchronisation enregistré était endommagé. Nightbridge l&apos;a mis de côté (%1) et est reparti de zéro : chaque compte est relu auprès du fabricant, et les documents que Nightscout possède déjà sont reconnus et ne sont pas envoyés deux fois.</translation>
    </message>
</context>
<context>
    <name>nb::SyncEngine</name>
    <message>
        <source>A sync of this account is already running.</source>
        <translation>Une synchronisation de ce compte est déjà en cours.</translation>
    </message>
    <message>
        <source>The sync was cancelled.</source>
        <translation>La synchronisation a été annulée.</translation>
    </message>
    <message>
        <source>The sign-in was refused. Check the account&apos;s password, then run check-login.</source>
        <translation>La connexion a été refusée. Vérifiez le mot de passe du compte, puis lancez check-login.</translation>
    </message>
</context>
<context>
    <name>nb::carelink::CareLinkSource</name>
    <message numerus="yes">
        <source>This CareLink care partner account follows %n patient(s). Choose one with `nightbridge-cli accounts set %1 --patient USER` (one Nightbridge account per patient).</source>
        <translation>
            <numerusform>Ce compte aidant CareLink suit %n patient. Choisissez-le avec `nightbridge-cli accounts set %1 --patient UTILISATEUR` (un compte Nightbridge par patient).</numerusform>
            <numerusform>Ce compte aidant CareLink suit %n patients. Choisissez-en un avec `nightbridge-cli accounts set %1 --patient UTILISATEUR` (un compte Nightbridge par patient).</numerusform>
        </translation>
    </message>
    <message>
        <source>The CareLink patient chosen for account &quot;%1&quot; is not an active link of this care partner account.</source>
        <translation>Le patient CareLink choisi pour le compte «&#xa0;%1&#xa0;» n&apos;est pas un lien actif de ce compte aidant.</translation>
    </message>
    <message numerus="yes">
        <source>CareLink care partner (%1), following %n patient(s)</source>
        <translation>
            <numerusform>Aidant CareLink (%1), suit %n patient</numerusform>
            <numerusform>Aidant CareLink (%1), suit %n patients</numerusform>
        </translation>
    </message>
    <message>
        <source>CareLink patient (%1)</source>
        <translation>Patient CareLink (%1)</translation>
    </message>
</context>
<context>
    <name>nb::cli::AccountsCommand</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>Add, list, change or remove accounts (secrets go to the keychain)</source>
        <translation>Ajouter, lister, modifier ou supprimer des comptes (les secrets vont dans le trousseau)</translation>
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
        <translation>Utilisation&#xa0;:
  nightbridge-cli accounts list [--json]
  nightbridge-cli accounts add tandem [--email E] [--password-file F] [options]
  nightbridge-cli accounts add carelink --country CC [--patient UTILISATEUR] [options]
  nightbridge-cli accounts set [ID] [champ=valeur ...] [options]
  nightbridge-cli accounts remove ID

Options de compte (add&#xa0;; set les accepte aussi, ou champ=valeur)&#xa0;:
  --id ID               l&apos;identifiant du compte (par défaut&#xa0;: tandem, tandem-2, carelink, ...)
  --name TEXTE          libellé affiché dans l&apos;état et la zone de notification
  --region US|EU        région Tandem&#xa0;; CareLink&#xa0;: ignorer la recherche du pays
  --country CC          CareLink&#xa0;: pays du compte (code ISO, par ex. US, FR)
  --timezone ZONE       Tandem&#xa0;: fuseau horaire IANA de l&apos;horloge de la pompe (par défaut&#xa0;: celui de cet ordinateur)
  --pump-serial S       Tandem&#xa0;: la pompe à synchroniser (par défaut&#xa0;: celle aux données les plus récentes)
  --features LIST       ce qu&apos;il faut envoyer (par défaut&#xa0;: les valeurs du fabricant)
  --initial-days N      première synchronisation&#xa0;: jours d&apos;historique (1-28, 1 par défaut)
  --nightscout-url URL  un site Nightscout propre au compte (par défaut&#xa0;: le site partagé)
  --disabled            ajouté, mais pas synchronisé
Secrets (stockés dans le magasin d&apos;identifiants, jamais dans le fichier de paramètres)&#xa0;:
  --email E             e-mail de connexion Tandem (demandé s&apos;il manque, dans un terminal)
  --password-file F     mot de passe Tandem lu sur la première ligne de F (sinon demandé, sans écho)
  --password            demander le mot de passe Tandem (set)
  --patient UTILISATEUR aidant CareLink&#xa0;: le nom d&apos;utilisateur CareLink du patient
  --nightscout-secret-file F  API secret du site du compte, ou sans ID du site partagé
  --nightscout-token-file F   jeton d&apos;accès au lieu de l&apos;API secret
  --site-url URL        (set, sans ID) le site Nightscout partagé

Les comptes CareLink se connectent une fois avec un navigateur&#xa0;: `nightbridge-cli carelink login --account ID`.
</translation>
    </message>
    <message>
        <source>Unknown or incomplete accounts command.</source>
        <translation>Commande accounts inconnue ou incomplète.</translation>
    </message>
    <message>
        <source>No accounts. Add one with `nightbridge-cli accounts add tandem` or `... add carelink`, or import a tconnectsync .env with `nightbridge-cli import-env`.</source>
        <translation>Aucun compte. Ajoutez-en un avec `nightbridge-cli accounts add tandem` ou `... add carelink`, ou importez un .env de tconnectsync avec `nightbridge-cli import-env`.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>VENDOR</source>
        <translation>FABRICANT</translation>
    </message>
    <message>
        <source>ENABLED</source>
        <translation>ACTIVÉ</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source> (from the environment)</source>
        <translation> (depuis l&apos;environnement)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>The vendor must be tandem or carelink.</source>
        <translation>Le fabricant doit être tandem ou carelink.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid account id (lower-case letters, digits, - and _).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de compte valide (lettres minuscules, chiffres, - et _).</translation>
    </message>
    <message>
        <source>An account &quot;%1&quot; exists already; change it with `accounts set %1`.</source>
        <translation>Un compte «&#xa0;%1&#xa0;» existe déjà&#xa0;; modifiez-le avec `accounts set %1`.</translation>
    </message>
    <message>
        <source>A CareLink account needs --country (or --region).</source>
        <translation>Un compte CareLink nécessite --country (ou --region).</translation>
    </message>
    <message>
        <source>Added account &quot;%1&quot; (%2).</source>
        <translation>Compte «&#xa0;%1&#xa0;» ajouté (%2).</translation>
    </message>
    <message>
        <source>Next: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Ensuite&#xa0;: connectez-vous une fois avec `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Check the sign-in with `nightbridge-cli check-login --account %1`.</source>
        <translation>Vérifiez la connexion avec `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>--password-file needs an account id.</source>
        <translation>--password-file nécessite un identifiant de compte.</translation>
    </message>
    <message>
        <source>Not on a terminal: give the Tandem e-mail with --email and the password with --password-file.</source>
        <translation>Pas de terminal&#xa0;: indiquez l&apos;e-mail Tandem avec --email et le mot de passe avec --password-file.</translation>
    </message>
    <message>
        <source>Tandem Source e-mail: </source>
        <translation>E-mail Tandem Source&#xa0;: </translation>
    </message>
    <message>
        <source>No e-mail given.</source>
        <translation>Aucun e-mail indiqué.</translation>
    </message>
    <message>
        <source>Tandem Source password (not shown): </source>
        <translation>Mot de passe Tandem Source (masqué)&#xa0;: </translation>
    </message>
    <message>
        <source>No password given.</source>
        <translation>Aucun mot de passe indiqué.</translation>
    </message>
    <message>
        <source>There is no account &quot;%1&quot;.</source>
        <translation>Il n&apos;existe aucun compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The shared Nightscout site is updated.</source>
        <translation>Le site Nightscout partagé est mis à jour.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not field=value.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas de la forme champ=valeur.</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot; is updated.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» est mis à jour.</translation>
    </message>
    <message>
        <source>Removed account &quot;%1&quot; and its stored secrets.</source>
        <translation>Compte «&#xa0;%1&#xa0;» et ses secrets enregistrés supprimés.</translation>
    </message>
</context>
<context>
    <name>nb::cli::BackfillCommand</name>
    <message>
        <source>Upload a past range (dates or last N days); resumable, with --pretend diff</source>
        <translation>Envoyer une période passée (dates ou N derniers jours)&#xa0;; reprenable, avec comparaison --pretend</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli backfill (--start-date D --end-date D | --days N) [options]

Récupère la période auprès du fabricant de chaque compte choisi, la compare avec ce que contient Nightscout
et n&apos;envoie que ce qui manque ou diffère. Tandem Source est lu par fenêtres de 28 jours au plus.
CareLink ne conserve que les dernières 24 heures&#xa0;: les données plus anciennes ne peuvent pas y être
récupérées (Nightbridge le signale et complète ce qui reste de la période).

  --start-date D   premier jour (AAAA-MM-JJ, heure locale) ou une date-heure ISO
  --end-date D     dernier jour, inclus (par défaut&#xa0;: maintenant)
  --days N         les N derniers jours jusqu&apos;à maintenant
  --resume         reprendre le rattrapage interrompu de chaque compte (sur sa propre période)
  --output FICHIER avec --pretend&#xa0;: écrire {&quot;missing&quot;:{...}, &quot;changed&quot;:{...}} par compte en JSON
  --json           les totaux finaux en JSON

Dans un terminal, la progression s&apos;affiche sous forme de barre (sortie d&apos;erreur), sinon en lignes simples.
Ctrl-C s&apos;arrête après avoir enregistré la progression&#xa0;; relancez la même commande pour continuer.
Codes de sortie comme pour sync&#xa0;; 130 en cas d&apos;interruption.
</translation>
    </message>
    <message>
        <source>backfill takes no arguments.</source>
        <translation>backfill n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>--days needs a number of days (1 or more).</source>
        <translation>--days nécessite un nombre de jours (1 ou plus).</translation>
    </message>
    <message>
        <source>--start-date and --end-date need dates like 2026-03-01, the start before the end.</source>
        <translation>--start-date et --end-date nécessitent des dates comme 2026-03-01, le début avant la fin.</translation>
    </message>
    <message>
        <source>backfill needs --start-date/--end-date, --days or --resume.</source>
        <translation>backfill nécessite --start-date/--end-date, --days ou --resume.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: nothing to resume.</source>
        <translation>%1&#xa0;: rien à reprendre.</translation>
    </message>
    <message>
        <source>%1: window %2/%3, found %4, uploaded %5, already there %6</source>
        <translation>%1&#xa0;: fenêtre %2/%3, trouvés %4, envoyés %5, déjà présents %6</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 already in Nightscout, %4 missing, %5 different (pretend: nothing uploaded)</source>
        <translation>%1&#xa0;: %2 documents dans la période&#xa0;; %3 déjà dans Nightscout, %4 manquants, %5 différents (simulation&#xa0;: rien envoyé)</translation>
    </message>
    <message>
        <source>%1: %2 documents in the range; %3 uploaded, %4 were already in Nightscout%5</source>
        <translation>%1&#xa0;: %2 documents dans la période&#xa0;; %3 envoyés, %4 étaient déjà dans Nightscout%5</translation>
    </message>
    <message>
        <source> (resumed)</source>
        <translation> (repris)</translation>
    </message>
</context>
<context>
    <name>nb::cli::CareLinkLoginCommand</name>
    <message>
        <source>Sign in to CareLink (prints a URL, reads the address the browser ends on)</source>
        <translation>Se connecter à CareLink (affiche une URL, lit l&apos;adresse sur laquelle le navigateur aboutit)</translation>
    </message>
    <message>
        <source>Only `carelink login` exists so far.</source>
        <translation>Seul `carelink login` existe pour l&apos;instant.</translation>
    </message>
    <message>
        <source>carelink login needs --country (or --region).</source>
        <translation>carelink login nécessite --country (ou --region).</translation>
    </message>
    <message>
        <source>--region must be US or EU.</source>
        <translation>--region doit être US ou EU.</translation>
    </message>
    <message>
        <source>Note: the memory credential store forgets the sign-in when this command ends.</source>
        <translation>Remarque&#xa0;: le magasin d&apos;identifiants memory oublie la connexion à la fin de cette commande.</translation>
    </message>
    <message>
        <source>--credential-store must be keychain, memory, or file with --credential-file.</source>
        <translation>--credential-store doit être keychain, memory, ou file avec --credential-file.</translation>
    </message>
    <message>
        <source>--discovery-url is not a valid URL.</source>
        <translation>--discovery-url n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Open this address in a browser and sign in with the CareLink account for Nightbridge:</source>
        <translation>Ouvrez cette adresse dans un navigateur et connectez-vous avec le compte CareLink destiné à Nightbridge&#xa0;:</translation>
    </message>
    <message>
        <source>Then paste the address the browser ended on (it starts with %1) and press Enter:</source>
        <translation>Collez ensuite l&apos;adresse sur laquelle le navigateur a abouti (elle commence par %1) et appuyez sur Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>No address was pasted.</source>
        <translation>Aucune adresse n&apos;a été collée.</translation>
    </message>
    <message>
        <source>No address was pasted in time.</source>
        <translation>Aucune adresse n&apos;a été collée à temps.</translation>
    </message>
    <message>
        <source>That is not an address. Run `nightbridge-cli carelink login` again.</source>
        <translation>Ce n&apos;est pas une adresse. Relancez `nightbridge-cli carelink login`.</translation>
    </message>
    <message>
        <source>Signed in. The refresh token is kept in: %1.</source>
        <translation>Connecté. Le jeton d&apos;actualisation est conservé dans&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Could not read the account details: %1</source>
        <translation>Impossible de lire les détails du compte&#xa0;: %1</translation>
    </message>
    <message>
        <source>Account: %1 (%2)</source>
        <translation>Compte&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>No active linked patients: link a patient in CareLink first.</source>
        <translation>Aucun patient lié actif&#xa0;: liez d&apos;abord un patient dans CareLink.</translation>
    </message>
    <message>
        <source>Patient: %1 (%2 %3)</source>
        <translation>Patient&#xa0;: %1 (%2 %3)</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli carelink login [--account ID] [--country CC] [options]

Se connecte à Medtronic CareLink sans bureau&#xa0;: affiche l&apos;adresse de connexion, vous l&apos;ouvrez dans n&apos;importe quel
navigateur et vous vous connectez (CareLink peut demander un captcha). Le navigateur tente ensuite d&apos;ouvrir une
adresse commençant par com.medtronic.carepartner:/sso et échoue&#xa0;; copiez cette adresse (barre d&apos;adresse, ou
l&apos;onglet Réseau des outils de développement du navigateur) et collez-la ici. Nightbridge vérifie qu&apos;elle
appartient à cette connexion et conserve le jeton d&apos;actualisation obtenu dans le magasin d&apos;identifiants.

Utilisez un compte de suivi CareLink dédié à Nightbridge&#xa0;: se connecter avec le même compte dans
une autre application (ou l&apos;application officielle) met fin à cette session.

Options&#xa0;:
  --country CC            pays du compte CareLink (code ISO, par ex. US, FR, GB ; par défaut : celui du
                          compte)
  --region US|EU          ignorer la recherche du pays
  --account ID            le compte Nightbridge à connecter (par défaut&#xa0;: le seul compte CareLink&#xa0;;
                          s&apos;il y en a plusieurs, la question vous est posée)
  --credential-store S    keychain (par défaut), file ou memory (memory oublie à la sortie)
  --credential-file CHEMIN le fichier de --credential-store file (non chiffré)
  --discovery-url URL     document de découverte CareLink (par défaut&#xa0;: celui intégré)
  --app-version V         version d&apos;application envoyée à CareLink (3.8.0 par défaut)

Codes de sortie&#xa0;: 0 connecté, 2 utilisation, 3 configuration, 4 connexion refusée ou adresse n&apos;appartenant
pas à cette connexion, 5 CareLink injoignable, 6 réponse inattendue, 7 magasin d&apos;identifiants, 130 aucune
adresse collée à temps.
</translation>
    </message>
    <message>
        <source>--discovery-url must be an https address (or http to 127.0.0.1 or ::1).</source>
        <translation>--discovery-url doit être une adresse https (ou http vers 127.0.0.1 ou ::1).</translation>
    </message>
    <message>
        <source>There are several CareLink accounts: %1. Name one with --account.</source>
        <translation>Il y a plusieurs comptes CareLink&#xa0;: %1. Indiquez-en un avec --account.</translation>
    </message>
    <message>
        <source>Which CareLink account do you want to sign in (%1)? </source>
        <translation>Quel compte CareLink voulez-vous connecter (%1)&#xa0;? </translation>
    </message>
    <message>
        <source>There is no CareLink account &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de compte CareLink «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>nb::cli::CheckLoginCommand</name>
    <message>
        <source>Sign in to each account&apos;s vendor and show who it is</source>
        <translation>Se connecter auprès du fabricant de chaque compte et afficher de qui il s&apos;agit</translation>
    </message>
    <message>
        <source>check-login takes no arguments.</source>
        <translation>check-login n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: signed in: %2</source>
        <translation>%1&#xa0;: connecté&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the pause after the refused sign-in is lifted.</source>
        <translation>%1&#xa0;: la pause due à la connexion refusée est levée.</translation>
    </message>
    <message>
        <source>Usage: nightbridge-cli check-login [--account A]

Signs in to Tandem Source / CareLink for each selected account and prints the pump or role it
found. A sign-in refused earlier paused the account; a successful check lifts that pause.
Exit codes: 0 all signed in, 3 configuration (missing password, ...), 4 refused or sign-in needed,
5 vendor unreachable, 6 unexpected answer, 8 another Nightbridge process is syncing.
</source>
        <translation>Utilisation&#xa0;: nightbridge-cli check-login [--account A]

Se connecte à Tandem Source / CareLink pour chaque compte choisi et affiche la pompe ou le rôle
trouvé. Une connexion refusée auparavant a mis le compte en pause&#xa0;; une vérification réussie lève cette pause.
Codes de sortie&#xa0;: 0 tous connectés, 3 configuration (mot de passe manquant, ...), 4 refusé ou connexion nécessaire,
5 fabricant injoignable, 6 réponse inattendue, 8 un autre processus Nightbridge synchronise.
</translation>
    </message>
</context>
<context>
    <name>nb::cli::CliEnvironment</name>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>nb::cli::CredentialPresence</name>
    <message>
        <source>no CareLink sign-in is stored: run `nightbridge-cli carelink login --account %1`</source>
        <translation>aucune connexion CareLink enregistrée&#xa0;: exécutez `nightbridge-cli carelink login --account %1`</translation>
    </message>
    <message>
        <source>no Tandem password is stored: run `nightbridge-cli accounts set %1 --password-file FILE`</source>
        <translation>aucun mot de passe Tandem enregistré&#xa0;: exécutez `nightbridge-cli accounts set %1 --password-file FICHIER`</translation>
    </message>
    <message>
        <source>no Nightscout API secret is stored: run `nightbridge-cli accounts set --nightscout-secret-file FILE` or set NS_SECRET</source>
        <translation>aucun API secret Nightscout enregistré&#xa0;: exécutez `nightbridge-cli accounts set --nightscout-secret-file FICHIER` ou définissez NS_SECRET</translation>
    </message>
</context>
<context>
    <name>nb::cli::DoctorCommand</name>
    <message>
        <source>Check configuration, secrets, keychain, Nightscout, sign-ins, clock and disk in one go</source>
        <translation>Vérifier en une fois configuration, secrets, trousseau, Nightscout, connexions, horloge et disque</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli doctor [--account A]

Vérifie, une ligne par point avec la correction si quelque chose ne va pas&#xa0;: la configuration est trouvée,
les mots de passe et le secret Nightscout sont enregistrés, le trousseau répond, chaque site Nightscout est
joignable et accepte les envois, chaque connexion au fabricant fonctionne, l&apos;horloge de cet ordinateur
concorde avec celle des serveurs (leur en-tête Date), et les dossiers de configuration et de données sont
accessibles en écriture.

Les connexions ne sont tentées que si elles peuvent réussir (un mot de passe est enregistré, le compte n&apos;est
pas en pause après un mot de passe refusé)&#xa0;: doctor ne gaspille donc jamais l&apos;une des rares tentatives de
connexion du fabricant&#xa0;; pendant qu&apos;un autre processus Nightbridge synchronise, elles sont ignorées.

Codes de sortie&#xa0;: 0 toutes les vérifications réussies, 1 une vérification a échoué.
</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction&#xa0;: %1</translation>
    </message>
    <message>
        <source>doctor takes no arguments.</source>
        <translation>doctor ne prend aucun argument.</translation>
    </message>
    <message>
        <source>configuration</source>
        <translation>configuration</translation>
    </message>
    <message>
        <source>demo mode</source>
        <translation>mode démo</translation>
    </message>
    <message>
        <source>the environment variables</source>
        <translation>les variables d&apos;environnement</translation>
    </message>
    <message>
        <source>%1 has no enabled account.</source>
        <translation>%1 ne contient aucun compte activé.</translation>
    </message>
    <message>
        <source>no settings file at %1 and no account in the environment.</source>
        <translation>aucun fichier de paramètres dans %1 et aucun compte dans l&apos;environnement.</translation>
    </message>
    <message>
        <source>add one with `nightbridge-cli accounts add tandem` (or carelink), or import a tconnectsync .env with `nightbridge-cli import-env`; give --config DIR if your configuration is elsewhere.</source>
        <translation>ajoutez-en un avec `nightbridge-cli accounts add tandem` (ou carelink), ou importez un .env de tconnectsync avec `nightbridge-cli import-env`&#xa0;; indiquez --config DIR si votre configuration est ailleurs.</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n account(s): %2</source>
        <translation>
            <numerusform>%1, %n compte&#xa0;: %2</numerusform>
            <numerusform>%1, %n comptes&#xa0;: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>credential store</source>
        <translation>magasin d&apos;identifiants</translation>
    </message>
    <message>
        <source>demo mode keeps its secrets in memory</source>
        <translation>le mode démo garde ses secrets en mémoire</translation>
    </message>
    <message>
        <source>%1 answers</source>
        <translation>%1 répond</translation>
    </message>
    <message>
        <source>on a computer without a desktop keychain, set NIGHTBRIDGE_CREDENTIAL_STORE=file (or `import-env --credential-store file`) and store the secrets again.</source>
        <translation>sur un ordinateur sans trousseau de bureau, définissez NIGHTBRIDGE_CREDENTIAL_STORE=file (ou `import-env --credential-store file`) et enregistrez à nouveau les secrets.</translation>
    </message>
    <message>
        <source>secrets of %1</source>
        <translation>secrets de %1</translation>
    </message>
    <message>
        <source>CareLink sign-in and Nightscout secret stored</source>
        <translation>connexion CareLink et secret Nightscout enregistrés</translation>
    </message>
    <message>
        <source>password and Nightscout secret stored</source>
        <translation>mot de passe et secret Nightscout enregistrés</translation>
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
        <translation>%1 joignable (Nightscout %2), envois autorisés</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>test it with `nightbridge-cli nightscout check`; change the site or secret with `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FILE`.</source>
        <translation>testez-le avec `nightbridge-cli nightscout check`&#xa0;; changez le site ou le secret avec `nightbridge-cli accounts set --nightscout-url URL --nightscout-secret-file FICHIER`.</translation>
    </message>
    <message>
        <source>%1 answers but does not accept uploads with this secret.</source>
        <translation>%1 répond mais n&apos;accepte pas d&apos;envois avec ce secret.</translation>
    </message>
    <message>
        <source>use the site&apos;s API_SECRET, or a token whose role may write (careportal).</source>
        <translation>utilisez l&apos;API_SECRET du site, ou un jeton dont le rôle peut écrire (careportal).</translation>
    </message>
    <message>
        <source>vendor sign-in</source>
        <translation>connexion au fabricant</translation>
    </message>
    <message>
        <source>not tried: %1</source>
        <translation>non tenté&#xa0;: %1</translation>
    </message>
    <message>
        <source>sign-in of %1</source>
        <translation>connexion de %1</translation>
    </message>
    <message>
        <source>not tried: nothing to sign in with (see the secrets line).</source>
        <translation>non tenté&#xa0;: rien pour se connecter (voir la ligne des secrets).</translation>
    </message>
    <message>
        <source>paused after the vendor refused the password; not tried again, so the account is not locked.</source>
        <translation>en pause après le refus du mot de passe par le fabricant&#xa0;; pas de nouvelle tentative, pour que le compte ne soit pas bloqué.</translation>
    </message>
    <message>
        <source>sign in again with `nightbridge-cli carelink login --account %1`.</source>
        <translation>reconnectez-vous avec `nightbridge-cli carelink login --account %1`.</translation>
    </message>
    <message>
        <source>store the current password with `nightbridge-cli accounts set %1 --password-file FILE`, then run `nightbridge-cli check-login --account %1`.</source>
        <translation>enregistrez le mot de passe actuel avec `nightbridge-cli accounts set %1 --password-file FICHIER`, puis exécutez `nightbridge-cli check-login --account %1`.</translation>
    </message>
    <message>
        <source>signed in: %1</source>
        <translation>connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>check the password (`nightbridge-cli accounts set %1 --password-file FILE`).</source>
        <translation>vérifiez le mot de passe (`nightbridge-cli accounts set %1 --password-file FICHIER`).</translation>
    </message>
    <message>
        <source>clock</source>
        <translation>horloge</translation>
    </message>
    <message>
        <source>not compared: no server sent its time.</source>
        <translation>non comparée&#xa0;: aucun serveur n&apos;a envoyé son heure.</translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) behind %1.</source>
        <translation>
            <numerusform>l&apos;horloge de cet ordinateur retarde de %n minute sur %1.</numerusform>
            <numerusform>l&apos;horloge de cet ordinateur retarde de %n minutes sur %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>this computer&apos;s clock is %n minute(s) ahead of %1.</source>
        <translation>
            <numerusform>l&apos;horloge de cet ordinateur avance de %n minute sur %1.</numerusform>
            <numerusform>l&apos;horloge de cet ordinateur avance de %n minutes sur %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>set the clock automatically (Linux: `timedatectl set-ntp true`; Windows and macOS: Date &amp; Time settings, set time automatically). Sign-ins and reading times depend on it.</source>
        <translation>réglez l&apos;heure automatiquement (Linux&#xa0;: `timedatectl set-ntp true`&#xa0;; Windows et macOS&#xa0;: réglages Date et heure, régler l&apos;heure automatiquement). Les connexions et l&apos;heure des mesures en dépendent.</translation>
    </message>
    <message numerus="yes">
        <source>agrees with the servers (within %n second(s)).</source>
        <translation>
            <numerusform>concorde avec les serveurs (à %n seconde près).</numerusform>
            <numerusform>concorde avec les serveurs (à %n secondes près).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>disk</source>
        <translation>disque</translation>
    </message>
    <message>
        <source>the configuration and data folders are writable</source>
        <translation>les dossiers de configuration et de données sont accessibles en écriture</translation>
    </message>
    <message>
        <source>cannot write in %1.</source>
        <translation>impossible d&apos;écrire dans %1.</translation>
    </message>
    <message>
        <source>free some space or fix the folder&apos;s permissions, or use --config DIR.</source>
        <translation>libérez de l&apos;espace ou corrigez les autorisations du dossier, ou utilisez --config DIR.</translation>
    </message>
    <message>
        <source>Everything looks fine.</source>
        <translation>Tout semble en ordre.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found.</source>
        <translation>
            <numerusform>%n problème trouvé.</numerusform>
            <numerusform>%n problèmes trouvés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::EnvCommand</name>
    <message>
        <source>No accounts are configured. Add one with `nightbridge-cli accounts add tandem` (or carelink), import a tconnectsync .env with `nightbridge-cli import-env`, set TCONNECT_EMAIL/TCONNECT_PASSWORD, or try `nightbridge-cli --demo`.</source>
        <translation>Aucun compte n&apos;est configuré. Ajoutez-en un avec `nightbridge-cli accounts add tandem` (ou carelink), importez un .env de tconnectsync avec `nightbridge-cli import-env`, définissez TCONNECT_EMAIL/TCONNECT_PASSWORD, ou essayez `nightbridge-cli --demo`.</translation>
    </message>
    <message>
        <source>%1: none of the features %2 is a %3 feature; this account is left out.</source>
        <translation>%1&#xa0;: aucune des fonctions %2 n&apos;est une fonction %3&#xa0;; ce compte est laissé de côté.</translation>
    </message>
    <message>
        <source>No selected account knows the features %1.</source>
        <translation>Aucun compte sélectionné ne connaît les fonctions %1.</translation>
    </message>
</context>
<context>
    <name>nb::cli::FeatureList</name>
    <message>
        <source>Unknown feature name(s): %1. Known: Tandem %2; CareLink %3 (and &quot;all&quot;).</source>
        <translation>Noms de fonctions inconnus&#xa0;: %1. Connus&#xa0;: Tandem %2&#xa0;; CareLink %3 (et «&#xa0;all&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>nb::cli::GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 nécessite une valeur.</translation>
    </message>
</context>
<context>
    <name>nb::cli::ImportEnvCommand</name>
    <message>
        <source>Import a tconnectsync .env (or minimed-connect variables) into accounts and the keychain</source>
        <translation>Importer un .env de tconnectsync (ou les variables de minimed-connect) dans les comptes et le trousseau</translation>
    </message>
    <message>
        <source>No .env file found (looked at %1). Name the file to import.</source>
        <translation>Aucun fichier .env trouvé (recherché dans %1). Indiquez le fichier à importer.</translation>
    </message>
    <message>
        <source>CareLink account &quot;%1&quot;: sign in once with `nightbridge-cli carelink login --account %1 --%2 %3`.</source>
        <translation>Compte CareLink «&#xa0;%1&#xa0;»&#xa0;: connectez-vous une fois avec `nightbridge-cli carelink login --account %1 --%2 %3`.</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importé.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; created</source>
        <translation>  compte «&#xa0;%1&#xa0;» créé</translation>
    </message>
    <message>
        <source>  secrets stored in: %1</source>
        <translation>  secrets enregistrés dans&#xa0;: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque&#xa0;: %1</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Supprimez maintenant %1&#xa0;: il contient encore vos mots de passe en clair, et Nightbridge n&apos;en a plus besoin.</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli import-env [FICHIER] [--credential-store file]

Lit FICHIER (par défaut&#xa0;: ./.env, sinon ~/.config/tconnectsync/.env), la configuration de tconnectsync
(TCONNECT_EMAIL, TCONNECT_PASSWORD, TCONNECT_REGION, TIMEZONE_NAME, PUMP_SERIAL_NUMBER, NS_URL,
NS_SECRET) ou de minimed-connect-to-nightscout (CARELINK_USERNAME, CARELINK_PATIENT,
MMCONNECT_SERVER, MMCONNECT_COUNTRYCODE, API_SECRET, NS). Crée les comptes et le site Nightscout,
et enregistre les mots de passe et secrets dans le magasin d&apos;identifiants. Le fichier lui-même n&apos;est pas modifié&#xa0;:
supprimez-le ensuite, il contient vos mots de passe en clair.

Importer à nouveau le même fichier met à jour les comptes qu&apos;il a créés au lieu d&apos;en ajouter de nouveaux.
Sans trousseau (un serveur sans session de bureau), rien n&apos;est importé : utilisez
--credential-store file (ou NIGHTBRIDGE_CREDENTIAL_STORE=file) pour conserver plutôt les secrets dans
credentials.json dans le dossier de configuration (lisible par votre seul utilisateur, non chiffré).
</translation>
    </message>
    <message>
        <source>--credential-store must be keychain or file.</source>
        <translation>--credential-store doit être keychain ou file.</translation>
    </message>
    <message>
        <source>Nothing was imported. Without a keychain, keep the secrets in a file instead: run again with --credential-store file (or NIGHTBRIDGE_CREDENTIAL_STORE=file); the file is readable by your user only, but not encrypted.</source>
        <translation>Rien n&apos;a été importé. Sans trousseau, conservez plutôt les secrets dans un fichier&#xa0;: relancez avec --credential-store file (ou NIGHTBRIDGE_CREDENTIAL_STORE=file)&#xa0;; le fichier n&apos;est lisible que par votre utilisateur, mais n&apos;est pas chiffré.</translation>
    </message>
    <message>
        <source>  account &quot;%1&quot; updated (imported before)</source>
        <translation>  compte «&#xa0;%1&#xa0;» mis à jour (déjà importé)</translation>
    </message>
</context>
<context>
    <name>nb::cli::StatusCommand</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message numerus="yes">
        <source>%1 (in %n min)</source>
        <translation>
            <numerusform>%1 (dans %n min)</numerusform>
            <numerusform>%1 (dans %n min)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n min ago)</source>
        <translation>
            <numerusform>%1 (il y a %n min)</numerusform>
            <numerusform>%1 (il y a %n min)</numerusform>
        </translation>
    </message>
    <message>
        <source>Show each account&apos;s sync state, last reading and errors</source>
        <translation>Afficher l&apos;état de synchronisation, la dernière mesure et les erreurs de chaque compte</translation>
    </message>
    <message>
        <source>  last success:  %1</source>
        <translation>  dernier succès&#xa0;:  %1</translation>
    </message>
    <message>
        <source>  next run:      %1</source>
        <translation>  prochain passage&#xa0;: %1</translation>
    </message>
    <message>
        <source>  last reading:  %1 mg/dL %2 at %3</source>
        <translation>  dernière mesure&#xa0;: %1 mg/dL %2 à %3</translation>
    </message>
    <message>
        <source>, IOB %1 U</source>
        <translation>, IOB %1 U</translation>
    </message>
    <message>
        <source>  uploaded:      %1 last run, %2 in total; healed %3 last run, %4 in total</source>
        <translation>  envoyés&#xa0;:         %1 au dernier passage, %2 au total&#xa0;; réparés %3 au dernier passage, %4 au total</translation>
    </message>
    <message numerus="yes">
        <source>  waiting:       %n document(s) not yet confirmed by Nightscout</source>
        <translation>
            <numerusform>  en attente&#xa0;:      %n document pas encore confirmé par Nightscout</numerusform>
            <numerusform>  en attente&#xa0;:      %n documents pas encore confirmés par Nightscout</numerusform>
        </translation>
    </message>
    <message>
        <source>  last error:    %1</source>
        <translation>  dernière erreur&#xa0;: %1</translation>
    </message>
    <message>
        <source>No accounts are configured.</source>
        <translation>Aucun compte n&apos;est configuré.</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli status [--json] [--account A]

Affiche, pour chaque compte, si la synchronisation fonctionne, quand elle a réussi pour la dernière fois, la dernière
erreur et que faire, quand le prochain passage est prévu (pendant qu&apos;un démon tourne), combien a été envoyé et
réparé, la dernière mesure avec sa tendance et l&apos;IOB, et si le mot de passe (ou la connexion CareLink) et le
secret Nightscout sont enregistrés. Lit uniquement le fichier d&apos;état et le magasin d&apos;identifiants (aucun accès réseau).

Codes de sortie&#xa0;: 0 tous les comptes vont bien, 1 un compte échoue, requiert votre attention ou n&apos;a pas son secret,
3 aucun compte.
</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message>
        <source>  last success:  never synced</source>
        <translation>  dernier succès&#xa0;:  jamais synchronisé</translation>
    </message>
    <message>
        <source>  secrets:       %1 %2, Nightscout secret %3</source>
        <translation>  secrets&#xa0;:       %1 %2, secret Nightscout %3</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>Connexion CareLink</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>MISSING</source>
        <translation>MANQUANT</translation>
    </message>
    <message>
        <source>  to do:         %1</source>
        <translation>  à faire&#xa0;:       %1</translation>
    </message>
    <message>
        <source>  credential store: %1</source>
        <translation>  magasin d&apos;identifiants&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>  damaged:       %n pending upload file(s) could not be read and were set aside in %1: %2. Their data is fetched again; check the disk, then delete them.</source>
        <translation>
            <numerusform>  endommagés :      %n fichier d&apos;envoi en attente n&apos;a pas pu être lu et a été mis de côté dans %1 : %2. Ses données sont à nouveau récupérées ; vérifiez le disque, puis supprimez-le.</numerusform>
            <numerusform>  endommagés :      %n fichiers d&apos;envoi en attente n&apos;ont pas pu être lus et ont été mis de côté dans %1 : %2. Leurs données sont à nouveau récupérées ; vérifiez le disque, puis supprimez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::cli::SyncCommand</name>
    <message>
        <source>Sync every enabled account once, or continuously (--auto-update)</source>
        <translation>Synchroniser chaque compte activé une fois, ou en continu (--auto-update)</translation>
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
        <translation>Utilisation&#xa0;: nightbridge-cli sync [--once | --auto-update] [--json] [options globales]

--once (défaut)   une passe sur les comptes activés (--account restreint), pour cron ou un minuteur systemd
--auto-update     continuer à tourner&#xa0;: chaque compte se synchronise quand son fabricant a de nouvelles données
                  (CareLink juste après chaque mesure de 5 minutes, Tandem aussi souvent que l&apos;application de la pompe
                  envoie, 5-25 min), espace les essais en cas d&apos;erreur, et vous attend quand un mot de passe est refusé.
                  S&apos;arrête avec Ctrl-C / SIGTERM.
--json            un objet JSON par compte et par passage sur la sortie standard
--pretend         récupérer et convertir, afficher ce qui serait envoyé, ne rien modifier

Un seul processus synchronise à la fois (code de sortie 8 si un autre le fait).
Codes de sortie&#xa0;: 0 OK, 3 configuration, 4 connexion refusée ou nécessaire, 5 indisponible (réessayer plus tard),
6 réponse inattendue du fabricant, 7 stockage local, 8 occupé, 130 interrompu.
</translation>
    </message>
    <message>
        <source>sync takes no arguments.</source>
        <translation>sync n&apos;accepte aucun argument.</translation>
    </message>
    <message>
        <source>--once and --auto-update exclude each other.</source>
        <translation>--once et --auto-update s&apos;excluent mutuellement.</translation>
    </message>
    <message>
        <source>DEMO MODE: simulated CareLink and Tandem data, no real vendor account is used.</source>
        <translation>MODE DÉMONSTRATION&#xa0;: données CareLink et Tandem simulées, aucun vrai compte de fabricant n&apos;est utilisé.</translation>
    </message>
    <message>
        <source>Stopping.</source>
        <translation>Arrêt.</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n account(s) continuously; Ctrl-C stops.</source>
        <translation>
            <numerusform>Synchronisation continue de %n compte&#xa0;; Ctrl-C pour arrêter.</numerusform>
            <numerusform>Synchronisation continue de %n comptes&#xa0;; Ctrl-C pour arrêter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <source> (%n document(s) kept for the next attempt)</source>
        <translation>
            <numerusform> (%n document conservé pour la prochaine tentative)</numerusform>
            <numerusform> (%n documents conservés pour la prochaine tentative)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2: would upload %3 entries, %4 treatments, %5 devicestatus, %6 profile (pretend: nothing sent)</source>
        <translation>%1 %2&#xa0;: enverrait %3 entrées, %4 traitements, %5 devicestatus, %6 profil (simulation&#xa0;: rien envoyé)</translation>
    </message>
    <message>
        <source>%1 %2: uploaded %3</source>
        <translation>%1 %2&#xa0;: envoyé %3</translation>
    </message>
    <message numerus="yes">
        <source>, healed %n</source>
        <translation>
            <numerusform>, %n réparé</numerusform>
            <numerusform>, %n réparés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n from an interrupted run</source>
        <translation>
            <numerusform>, %n d&apos;un passage interrompu</numerusform>
            <numerusform>, %n d&apos;un passage interrompu</numerusform>
        </translation>
    </message>
    <message>
        <source>; newest data %1</source>
        <translation>; données les plus récentes %1</translation>
    </message>
    <message>
        <source>; next run %1</source>
        <translation>; prochain passage %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1 : %n fichier d&apos;envoi en attente dans %2 n&apos;a pas pu être lu et a été mis de côté (%3). Ses données sont à nouveau récupérées auprès du fabricant ; vérifiez le disque, puis supprimez ce fichier.</numerusform>
            <numerusform>%1 : %n fichiers d&apos;envoi en attente dans %2 n&apos;ont pas pu être lus et ont été mis de côté (%3). Leurs données sont à nouveau récupérées auprès du fabricant ; vérifiez le disque, puis supprimez ces fichiers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::gui::Application</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>The settings dialog is not part of this build yet. Until it is, the settings are in %1 (or use nightbridge-cli).</source>
        <translation>La fenêtre des paramètres ne fait pas encore partie de cette version. En attendant, les paramètres se trouvent dans %1 (ou utilisez nightbridge-cli).</translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation>Rattrapage</translation>
    </message>
    <message>
        <source>The backfill dialog is not part of this build yet. Until it is, use `nightbridge-cli backfill --days N`.</source>
        <translation>La fenêtre de rattrapage ne fait pas encore partie de cette version. En attendant, utilisez `nightbridge-cli backfill --days N`.</translation>
    </message>
    <message>
        <source>CareLink sign-in</source>
        <translation>Connexion CareLink</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Check the account&apos;s password and the Nightscout address and secret in Settings. The settings dialog is not part of this build yet; until it is, use `nightbridge-cli accounts set %1`.</source>
        <translation>Vérifiez le mot de passe du compte ainsi que l&apos;adresse et le secret Nightscout dans les paramètres. La fenêtre des paramètres ne fait pas encore partie de cette version&#xa0;; en attendant, utilisez `nightbridge-cli accounts set %1`.</translation>
    </message>
    <message>
        <source>Nightbridge received a CareLink sign-in, but no sign-in was started here or it was already completed. Use “Sign in again” in the status window to start a new one.</source>
        <translation>Nightbridge a reçu une connexion CareLink, mais aucune connexion n&apos;a été lancée ici ou elle est déjà terminée. Utilisez «&#xa0;Se reconnecter&#xa0;» dans la fenêtre d&apos;état pour en lancer une nouvelle.</translation>
    </message>
    <message>
        <source>Set up Nightbridge</source>
        <translation>Configurer Nightbridge</translation>
    </message>
    <message>
        <source>The setup wizard is not part of this build. Add an account with `nightbridge-cli accounts add`.</source>
        <translation>L’assistant de configuration ne fait pas partie de cette version. Ajoutez un compte avec `nightbridge-cli accounts add`.</translation>
    </message>
    <message>
        <source>Nightbridge started from scratch</source>
        <translation>Nightbridge est reparti de zéro</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n pending upload file(s) in %2 could not be read and were set aside (%3). Their data is fetched again from the vendor; check the disk, then delete those files.</source>
        <translation>
            <numerusform>%1 : %n fichier d&apos;envoi en attente dans %2 n&apos;a pas pu être lu et a été mis de côté (%3). Ses données sont à nouveau récupérées auprès du fabricant ; vérifiez le disque, puis supprimez ce fichier.</numerusform>
            <numerusform>%1 : %n fichiers d&apos;envoi en attente dans %2 n&apos;ont pas pu être lus et ont été mis de côté (%3). Leurs données sont à nouveau récupérées auprès du fabricant ; vérifiez le disque, puis supprimez ces fichiers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Diagnostics copied</source>
        <translation>Diagnostic copié</translation>
    </message>
    <message>
        <source>The diagnostics (without passwords or secrets) are on the clipboard; paste them into your message.</source>
        <translation>Le diagnostic (sans mots de passe ni secrets) est dans le presse-papiers ; collez-le dans votre message.</translation>
    </message>
</context>
<context>
    <name>nb::gui::CareLinkSignIn</name>
    <message>
        <source>Nightbridge could not open the browser for the CareLink sign-in.</source>
        <translation>Nightbridge n&apos;a pas pu ouvrir le navigateur pour la connexion CareLink.</translation>
    </message>
</context>
<context>
    <name>nb::ns::NsConnectionTest</name>
    <message>
        <source>The access token may not upload device status or profiles (%1).</source>
        <translation>Le jeton d&apos;accès ne permet pas d&apos;envoyer l&apos;état de l&apos;appareil ni les profils (%1).</translation>
    </message>
</context>
<context>
    <name>nb::setup::ConflictAnalysis</name>
    <message>
        <source>glucose readings</source>
        <translation>mesures de glucose</translation>
    </message>
    <message>
        <source>boluses and carbs</source>
        <translation>bolus et glucides</translation>
    </message>
    <message>
        <source>temp basals</source>
        <translation>débits de base temporaires</translation>
    </message>
    <message>
        <source>profiles</source>
        <translation>profils</translation>
    </message>
    <message>
        <source>pump status</source>
        <translation>état de la pompe</translation>
    </message>
    <message>
        <source>pump events</source>
        <translation>événements de la pompe</translation>
    </message>
    <message>
        <source>An unnamed uploader</source>
        <translation>Un outil d&apos;envoi sans nom</translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts glucose readings to this Nightscout (%n recently). If it reads the same sensor, leave glucose readings off here, or every reading appears twice.</source>
        <translation>
            <numerusform>%1 envoie déjà des mesures de glucose à ce Nightscout (%n récemment). S&apos;il lit le même capteur, laissez les mesures de glucose désactivées ici, sinon chaque mesure apparaîtra deux fois.</numerusform>
            <numerusform>%1 envoie déjà des mesures de glucose à ce Nightscout (%n récemment). S&apos;il lit le même capteur, laissez les mesures de glucose désactivées ici, sinon chaque mesure apparaîtra deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Boluses or carbs are also entered by hand in Nightscout (%n recently). Synced from the pump as well, they would count twice in insulin and carbs on board.</source>
        <translation>
            <numerusform>Des bolus ou des glucides sont aussi saisis à la main dans Nightscout (%n récemment). S&apos;ils étaient aussi synchronisés depuis la pompe, ils compteraient deux fois dans l&apos;insuline et les glucides actifs.</numerusform>
            <numerusform>Des bolus ou des glucides sont aussi saisis à la main dans Nightscout (%n récemment). S&apos;ils étaient aussi synchronisés depuis la pompe, ils compteraient deux fois dans l&apos;insuline et les glucides actifs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads boluses or carbs (%n recently). Upload them from one place only, or they count twice.</source>
        <translation>
            <numerusform>%1 envoie déjà des bolus ou des glucides (%n récemment). Envoyez-les depuis une seule source, sinon ils comptent deux fois.</numerusform>
            <numerusform>%1 envoie déjà des bolus ou des glucides (%n récemment). Envoyez-les depuis une seule source, sinon ils comptent deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Temp basals are also entered by hand in Nightscout (%n recently); the pump&apos;s own would overlap them.</source>
        <translation>
            <numerusform>Des débits de base temporaires sont aussi saisis à la main dans Nightscout (%n récemment)&#xa0;; ceux de la pompe s&apos;y superposeraient.</numerusform>
            <numerusform>Des débits de base temporaires sont aussi saisis à la main dans Nightscout (%n récemment)&#xa0;; ceux de la pompe s&apos;y superposeraient.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads temp basals (%n recently). Two sources of basal make the basal graph and insulin on board wrong.</source>
        <translation>
            <numerusform>%1 envoie déjà des débits de base temporaires (%n récemment). Deux sources de basale faussent le graphique de basale et l&apos;insuline active.</numerusform>
            <numerusform>%1 envoie déjà des débits de base temporaires (%n récemment). Deux sources de basale faussent le graphique de basale et l&apos;insuline active.</numerusform>
        </translation>
    </message>
    <message>
        <source>This Nightscout has a profile made in its profile editor. Uploading the pump&apos;s profiles makes them the active profile instead.</source>
        <translation>Ce Nightscout a un profil créé dans son éditeur de profils. Envoyer les profils de la pompe en fait le profil actif à sa place.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already writes profiles (%n found). Nightbridge&apos;s profile upload would replace its active profile.</source>
        <translation>
            <numerusform>%1 écrit déjà des profils (%n trouvé). L&apos;envoi de profils de Nightbridge remplacerait son profil actif.</numerusform>
            <numerusform>%1 écrit déjà des profils (%n trouvés). L&apos;envoi de profils de Nightbridge remplacerait son profil actif.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already posts pump status (%n recently). Nightscout&apos;s pump pill then jumps between the two.</source>
        <translation>
            <numerusform>%1 envoie déjà l&apos;état de la pompe (%n récemment). L&apos;indicateur de pompe de Nightscout alterne alors entre les deux.</numerusform>
            <numerusform>%1 envoie déjà l&apos;état de la pompe (%n récemment). L&apos;indicateur de pompe de Nightscout alterne alors entre les deux.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Site, cartridge or sensor changes are also logged by hand in Nightscout (%n recently); with pump events on, they appear twice.</source>
        <translation>
            <numerusform>Les changements de site, de cartouche ou de capteur sont aussi notés à la main dans Nightscout (%n récemment)&#xa0;; avec les événements de la pompe activés, ils apparaissent deux fois.</numerusform>
            <numerusform>Les changements de site, de cartouche ou de capteur sont aussi notés à la main dans Nightscout (%n récemment)&#xa0;; avec les événements de la pompe activés, ils apparaissent deux fois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 already uploads pump events such as site changes (%n recently). Upload them from one place only.</source>
        <translation>
            <numerusform>%1 envoie déjà des événements de pompe comme les changements de site (%n récemment). Envoyez-les depuis une seule source.</numerusform>
            <numerusform>%1 envoie déjà des événements de pompe comme les changements de site (%n récemment). Envoyez-les depuis une seule source.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::setup::EnvImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 has nothing Nightbridge can use.</source>
        <translation>%1 ne contient rien d&apos;utilisable par Nightbridge.</translation>
    </message>
</context>
<context>
    <name>nb::setup::FeatureCatalog</name>
    <message>
        <source>Basal</source>
        <translation>Basale</translation>
    </message>
    <message>
        <source>Temp basals and suspensions, so Nightscout shows the basal actually delivered.</source>
        <translation>Débits de base temporaires et suspensions, pour que Nightscout affiche la basale réellement délivrée.</translation>
    </message>
    <message>
        <source>Boluses</source>
        <translation>Bolus</translation>
    </message>
    <message>
        <source>Boluses with their carbs and blood glucose, for insulin and carbs on board.</source>
        <translation>Bolus avec leurs glucides et leur glycémie, pour l&apos;insuline et les glucides actifs.</translation>
    </message>
    <message>
        <source>Pump events</source>
        <translation>Événements de la pompe</translation>
    </message>
    <message>
        <source>Alarms, site and cartridge changes, suspend and resume, sleep and exercise.</source>
        <translation>Alarmes, changements de site et de cartouche, suspension et reprise, sommeil et activité physique.</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>The pump&apos;s basal, carb ratio and correction profiles as the Nightscout profile.</source>
        <translation>Les profils de basale, de ratio glucidique et de correction de la pompe comme profil Nightscout.</translation>
    </message>
    <message>
        <source>CGM readings</source>
        <translation>Mesures CGM</translation>
    </message>
    <message>
        <source>Glucose readings the pump received. Leave off if xDrip+ or Dexcom Share already uploads them.</source>
        <translation>Mesures de glucose reçues par la pompe. À laisser désactivé si xDrip+ ou Dexcom Share les envoie déjà.</translation>
    </message>
    <message>
        <source>CGM alerts</source>
        <translation>Alertes CGM</translation>
    </message>
    <message>
        <source>High, low and sensor alerts of the CGM as notes, with sensor sessions.</source>
        <translation>Alertes hautes, basses et capteur du CGM sous forme de notes, avec les sessions de capteur.</translation>
    </message>
    <message>
        <source>Pump status</source>
        <translation>État de la pompe</translation>
    </message>
    <message>
        <source>Battery and insulin on board for Nightscout&apos;s pump pill.</source>
        <translation>Batterie et insuline active pour l&apos;indicateur de pompe de Nightscout.</translation>
    </message>
    <message>
        <source>Glucose readings</source>
        <translation>Mesures de glucose</translation>
    </message>
    <message>
        <source>Sensor glucose every five minutes, with the trend arrow.</source>
        <translation>Glucose du capteur toutes les cinq minutes, avec la flèche de tendance.</translation>
    </message>
    <message>
        <source>Pump battery, reservoir, active insulin and sensor state.</source>
        <translation>Batterie de la pompe, réservoir, insuline active et état du capteur.</translation>
    </message>
    <message>
        <source>Carbs</source>
        <translation>Glucides</translation>
    </message>
    <message>
        <source>Meals entered on the pump, as carbs (CareLink keeps only a summary).</source>
        <translation>Repas saisis sur la pompe, sous forme de glucides (CareLink ne conserve qu&apos;un résumé).</translation>
    </message>
    <message>
        <source>Meal and correction boluses, auto-corrections marked as such.</source>
        <translation>Bolus repas et de correction, corrections automatiques signalées comme telles.</translation>
    </message>
    <message>
        <source>Auto basal</source>
        <translation>Basale automatique</translation>
    </message>
    <message>
        <source>SmartGuard&apos;s automatic basal as five-minute temp basals.</source>
        <translation>La basale automatique de SmartGuard sous forme de débits de base temporaires de cinq minutes.</translation>
    </message>
    <message>
        <source>BG checks</source>
        <translation>Glycémies capillaires</translation>
    </message>
    <message>
        <source>Finger-stick readings and calibrations.</source>
        <translation>Glycémies capillaires et calibrations.</translation>
    </message>
    <message>
        <source>Suspend on low, SmartGuard mode changes and pump clock changes as notes.</source>
        <translation>Arrêt sur hypo, changements de mode SmartGuard et modifications de l&apos;horloge de la pompe sous forme de notes.</translation>
    </message>
    <message>
        <source>Unknown CareLink feature &quot;%1&quot;. Known: %2.</source>
        <translation>Fonction CareLink inconnue «&#xa0;%1&#xa0;». Fonctions connues&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>nb::setup::NightscoutSite</name>
    <message>
        <source>No Nightscout site is set up yet (Nightscout page).</source>
        <translation>Aucun site Nightscout n&apos;est encore configuré (page Nightscout).</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemAuth</name>
    <message>
        <source>Sign-in to Tandem Source was cancelled.</source>
        <translation>La connexion à Tandem Source a été annulée.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemClient</name>
    <message>
        <source>Tandem Source refused the request (its firewall blocked it). The vendor may have changed something; Nightbridge needs an update.</source>
        <translation>Tandem Source a refusé la requête (son pare-feu l&apos;a bloquée). Le fabricant a peut-être changé quelque chose&#xa0;; Nightbridge a besoin d&apos;une mise à jour.</translation>
    </message>
</context>
<context>
    <name>nb::tandem::TandemSource</name>
    <message>
        <source>No Tandem Source %1 is stored for account &quot;%2&quot;. Add it with `nightbridge-cli accounts set %2 --email E --password`.</source>
        <translation>Donnée Tandem Source manquante pour le compte «&#xa0;%2&#xa0;»&#xa0;: %1. Ajoutez-la avec `nightbridge-cli accounts set %2 --email E --password`.</translation>
    </message>
    <message>
        <source>password</source>
        <translation>mot de passe</translation>
    </message>
    <message>
        <source>e-mail address</source>
        <translation>adresse e-mail</translation>
    </message>
    <message>
        <source>Tandem Source, pump %1 (serial ending %2)</source>
        <translation>Tandem Source, pompe %1 (numéro de série se terminant par %2)</translation>
    </message>
    <message>
        <source>newest data %1 UTC%2</source>
        <translation>données les plus récentes %1 UTC%2</translation>
    </message>
    <message>
        <source> (more than 3 days old: is the phone app uploading?)</source>
        <translation> (plus de 3 jours&#xa0;: l&apos;application du téléphone envoie-t-elle les données ?)</translation>
    </message>
    <message>
        <source>no data uploaded yet</source>
        <translation>aucune donnée envoyée pour l&apos;instant</translation>
    </message>
</context>
<context>
    <name>nb::ui::AboutDialog</name>
    <message>
        <source>About Nightbridge</source>
        <translation>À propos de Nightbridge</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Syncs Medtronic CareLink and Tandem Source data to your own Nightscout site.&lt;/p&gt;&lt;p&gt;Nightbridge is not a medical device. Do not make treatment decisions from the data it shows.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Nightbridge %1&lt;/h3&gt;&lt;p&gt;Synchronise les données de Medtronic CareLink et de Tandem Source avec votre propre site Nightscout.&lt;/p&gt;&lt;p&gt;Nightbridge n&apos;est pas un dispositif médical. Ne prenez aucune décision de traitement à partir des données qu&apos;il affiche.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountEditor</name>
    <message>
        <source>Sync this account</source>
        <translation>Synchroniser ce compte</translation>
    </message>
    <message>
        <source>Check Nightscout for other uploaders</source>
        <translation>Rechercher d&apos;autres outils d&apos;envoi dans Nightscout</translation>
    </message>
    <message>
        <source>The defaults are shown instead.</source>
        <translation>Les valeurs par défaut sont affichées à la place.</translation>
    </message>
    <message>
        <source>What to upload</source>
        <translation>Ce qu&apos;il faut envoyer</translation>
    </message>
    <message>
        <source>Choose at least one thing to upload.</source>
        <translation>Choisissez au moins un élément à envoyer.</translation>
    </message>
    <message>
        <source>Reading what your Nightscout received recently…</source>
        <translation>Lecture de ce que votre Nightscout a reçu récemment…</translation>
    </message>
    <message>
        <source>No other uploader writes what this account uploads.</source>
        <translation>Aucun autre outil d&apos;envoi n&apos;écrit ce que ce compte envoie.</translation>
    </message>
    <message numerus="yes">
        <source>No conflict with what this account uploads (%n note(s) about features that are off).</source>
        <translation>
            <numerusform>Aucun conflit avec ce que ce compte envoie (%n remarque sur des fonctions désactivées).</numerusform>
            <numerusform>Aucun conflit avec ce que ce compte envoie (%n remarques sur des fonctions désactivées).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n more about features that are off.)</source>
        <translation>
            <numerusform>(%n autre remarque sur des fonctions désactivées.)</numerusform>
            <numerusform>(%n autres remarques sur des fonctions désactivées.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Whose data this is, for example a child&apos;s name. Shown in the tray, the status window and notifications.</source>
        <translation>À qui sont ces données, par exemple le prénom d&apos;un enfant. Affiché dans la zone de notification, la fenêtre d&apos;état et les notifications.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
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
        <translation>Synchronisé %1</translation>
    </message>
    <message>
        <source>, next sync %1</source>
        <translation>, prochaine synchronisation %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>jamais synchronisé</translation>
    </message>
    <message numerus="yes">
        <source>Nightscout accepted %n record(s) at %1</source>
        <translation>
            <numerusform>Nightscout a accepté %n enregistrement à %1</numerusform>
            <numerusform>Nightscout a accepté %n enregistrements à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Nightscout: %1</source>
        <translation>Nightscout : %1</translation>
    </message>
</context>
<context>
    <name>nb::ui::AccountsPage</name>
    <message>
        <source>Add Tandem…</source>
        <translation>Ajouter Tandem…</translation>
    </message>
    <message>
        <source>Add CareLink…</source>
        <translation>Ajouter CareLink…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>No accounts yet. Add the Tandem Source or CareLink account whose data should go to Nightscout.</source>
        <translation>Aucun compte pour l&apos;instant. Ajoutez le compte Tandem Source ou CareLink dont les données doivent aller dans Nightscout.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Checked: synced</source>
        <translation>Coché&#xa0;: synchronisé</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: %2</source>
        <translation>Compte «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Account &quot;%1&quot;: no test sign-in succeeded.</source>
        <translation>Compte « %1 » : aucune connexion de test n’a réussi.</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityLog</name>
    <message numerus="yes">
        <source>synced, Nightscout accepted %n record(s)</source>
        <translation>
            <numerusform>synchronisé, Nightscout a accepté %n enregistrement</numerusform>
            <numerusform>synchronisé, Nightscout a accepté %n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>synced, nothing new</source>
        <translation>synchronisé, rien de nouveau</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>source</source>
        <translation>source</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>nb::ui::ActivityView</name>
    <message>
        <source>Nightbridge activity</source>
        <translation>Activité de Nightbridge</translation>
    </message>
    <message>
        <source>Nothing has happened yet. Sync events and errors of each account appear here.</source>
        <translation>Rien ne s&apos;est encore passé. Les synchronisations et erreurs de chaque compte apparaissent ici.</translation>
    </message>
    <message>
        <source>Recent sync events and errors of each account since Nightbridge started. The full log files are in the log folder (“View logs…”).</source>
        <translation>Synchronisations et erreurs récentes de chaque compte depuis le démarrage de Nightbridge. Les journaux complets sont dans le dossier des journaux (« Afficher les journaux… »).</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>nb::ui::CareLinkPanel</name>
    <message>
        <source>Sign in with browser…</source>
        <translation>Se connecter avec le navigateur…</translation>
    </message>
    <message>
        <source>Use this address</source>
        <translation>Utiliser cette adresse</translation>
    </message>
    <message>
        <source>Choose the account&apos;s country</source>
        <translation>Choisissez le pays du compte</translation>
    </message>
    <message>
        <source>If the browser did not come back: paste the address it ended on</source>
        <translation>Si le navigateur n&apos;est pas revenu&#xa0;: collez l&apos;adresse sur laquelle il a abouti</translation>
    </message>
    <message>
        <source>Care partners choose the patient to follow here after signing in.</source>
        <translation>Les aidants choisissent ici le patient à suivre après la connexion.</translation>
    </message>
    <message>
        <source>Use a CareLink account of its own for Nightbridge (a care partner / follower account): signing in with the same account in another app, or in a second copy of Nightbridge, ends the other session.</source>
        <translation>Utilisez un compte CareLink dédié à Nightbridge (un compte aidant / de suivi)&#xa0;: se connecter avec le même compte dans une autre application, ou dans une deuxième copie de Nightbridge, met fin à l&apos;autre session.</translation>
    </message>
    <message>
        <source>Medtronic CareLink</source>
        <translation>Medtronic CareLink</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <source>Sign-in:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Patient:</source>
        <translation>Patient&#xa0;:</translation>
    </message>
    <message>
        <source>CareLink region: %1</source>
        <translation>Région CareLink&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not signed in yet.</source>
        <translation>Pas encore connecté.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Signed in.</source>
        <translation>Connecté.</translation>
    </message>
    <message>
        <source>Not signed in.</source>
        <translation>Non connecté.</translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation>Se reconnecter…</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account.</source>
        <translation>Choisissez le pays du compte CareLink.</translation>
    </message>
    <message>
        <source>Choose the patient to follow.</source>
        <translation>Choisissez le patient à suivre.</translation>
    </message>
    <message>
        <source>Choose the country of the CareLink account first.</source>
        <translation>Choisissez d&apos;abord le pays du compte CareLink.</translation>
    </message>
    <message>
        <source>Finding CareLink&apos;s sign-in page…</source>
        <translation>Recherche de la page de connexion CareLink…</translation>
    </message>
    <message>
        <source>No browser could be opened. Open this address yourself, sign in, and paste the address the browser ends on below:
%1</source>
        <translation>Aucun navigateur n&apos;a pu être ouvert. Ouvrez vous-même cette adresse, connectez-vous et collez ci-dessous l&apos;adresse sur laquelle le navigateur aboutit&#xa0;:
%1</translation>
    </message>
    <message>
        <source>Waiting for the browser… Sign in there with the CareLink account for Nightbridge. If the browser cannot come back to Nightbridge, paste the address it ends on (it starts with %1) below.</source>
        <translation>En attente du navigateur… Connectez-vous-y avec le compte CareLink destiné à Nightbridge. Si le navigateur ne peut pas revenir à Nightbridge, collez ci-dessous l&apos;adresse sur laquelle il aboutit (elle commence par %1).</translation>
    </message>
    <message>
        <source>Completing the sign-in…</source>
        <translation>Finalisation de la connexion…</translation>
    </message>
    <message>
        <source>That is not an address. Copy the whole address from the browser&apos;s address bar.</source>
        <translation>Ce n&apos;est pas une adresse. Copiez l&apos;adresse complète depuis la barre d&apos;adresse du navigateur.</translation>
    </message>
    <message>
        <source>Start with &quot;Sign in with browser…&quot; first: the address belongs to one sign-in.</source>
        <translation>Commencez d&apos;abord par «&#xa0;Se connecter avec le navigateur…&#xa0;»&#xa0;: l&apos;adresse appartient à une seule connexion.</translation>
    </message>
    <message>
        <source>Signed in. Reading the account…</source>
        <translation>Connecté. Lecture du compte…</translation>
    </message>
    <message>
        <source>Signed in, but the account details could not be read: %1</source>
        <translation>Connecté, mais les détails du compte n&apos;ont pas pu être lus&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>This is a patient account: its own data is synced. A care partner (follower) account would choose the patient here.</source>
        <translation>Il s&apos;agit d&apos;un compte patient&#xa0;: ses propres données sont synchronisées. Avec un compte aidant (de suivi), on choisirait ici le patient.</translation>
    </message>
    <message>
        <source>No patient is linked to this care partner account yet: link one in CareLink first, then sign in again.</source>
        <translation>Aucun patient n&apos;est encore lié à ce compte aidant&#xa0;: liez-en un dans CareLink, puis reconnectez-vous.</translation>
    </message>
    <message>
        <source>Choose the patient</source>
        <translation>Choisissez le patient</translation>
    </message>
    <message>
        <source>One Nightbridge account follows one patient; add another CareLink account for another patient.</source>
        <translation>Un compte Nightbridge suit un seul patient&#xa0;; ajoutez un autre compte CareLink pour un autre patient.</translation>
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
            <numerusform>%n heure</numerusform>
            <numerusform>%n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Units:</source>
        <translation>Unités&#xa0;:</translation>
    </message>
    <message>
        <source>Urgent low below:</source>
        <translation>Très bas en dessous de&#xa0;:</translation>
    </message>
    <message>
        <source>Low below:</source>
        <translation>Bas en dessous de&#xa0;:</translation>
    </message>
    <message>
        <source>High above:</source>
        <translation>Haut au-dessus de&#xa0;:</translation>
    </message>
    <message>
        <source>Urgent high above:</source>
        <translation>Très haut au-dessus de&#xa0;:</translation>
    </message>
    <message>
        <source>Reading is stale after:</source>
        <translation>Mesure considérée comme ancienne après&#xa0;:</translation>
    </message>
    <message>
        <source>Chart shows:</source>
        <translation>Le graphique montre&#xa0;:</translation>
    </message>
    <message>
        <source>How the tray icon and the status window show glucose. Thresholds colour the reading; they do not change what is uploaded.</source>
        <translation>Comment l&apos;icône de la zone de notification et la fenêtre d&apos;état affichent le glucose. Les seuils colorent la mesure&#xa0;; ils ne changent rien à ce qui est envoyé.</translation>
    </message>
    <message>
        <source>Display</source>
        <translation>Affichage</translation>
    </message>
    <message>
        <source>Urgent low must be below low.</source>
        <translation>Le seuil très bas doit être inférieur au seuil bas.</translation>
    </message>
    <message>
        <source>Low must be below high.</source>
        <translation>Le seuil bas doit être inférieur au seuil haut.</translation>
    </message>
    <message>
        <source>High must be below urgent high.</source>
        <translation>Le seuil haut doit être inférieur au seuil très haut.</translation>
    </message>
    <message>
        <source>Tray icon shows:</source>
        <translation>L&apos;icône affiche :</translation>
    </message>
    <message>
        <source>The first account</source>
        <translation>Le premier compte</translation>
    </message>
</context>
<context>
    <name>nb::ui::GeneralPage</name>
    <message>
        <source>Start Nightbridge when I log in</source>
        <translation>Démarrer Nightbridge à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Detailed (debug) logging, for reporting a problem</source>
        <translation>Journalisation détaillée (débogage), pour signaler un problème</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier des journaux</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Path of the tconnectsync .env file</source>
        <translation>Chemin du fichier .env de tconnectsync</translation>
    </message>
    <message>
        <source>A new language shows after Nightbridge restarts.</source>
        <translation>Une nouvelle langue s&apos;affiche après le redémarrage de Nightbridge.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Move from tconnectsync</source>
        <translation>Migrer depuis tconnectsync</translation>
    </message>
    <message>
        <source>Reads a tconnectsync .env file, creates the accounts and the Nightscout site, and moves the passwords and secrets into %1. This happens right away, not on OK.</source>
        <translation>Lit un fichier .env de tconnectsync, crée les comptes et le site Nightscout, et déplace les mots de passe et secrets dans %1. Cela se fait immédiatement, pas au clic sur OK.</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n&apos;a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Choose the tconnectsync .env file</source>
        <translation>Choisir le fichier .env de tconnectsync</translation>
    </message>
    <message>
        <source>Choose the .env file to import first.</source>
        <translation>Choisissez d&apos;abord le fichier .env à importer.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>No accounts in the file.</source>
        <translation>Aucun compte dans le fichier.</translation>
    </message>
    <message>
        <source>Accounts created: %1.</source>
        <translation>Comptes créés&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Nightscout site set up.</source>
        <translation>Site Nightscout configuré.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) stored in %1.</source>
        <translation>
            <numerusform>%n secret enregistré dans %1.</numerusform>
            <numerusform>%n secrets enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sign in to CareLink on the Accounts page: %1.</source>
        <translation>Connectez-vous à CareLink sur la page Comptes&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Now delete %1: it still holds your passwords in plain text, and Nightbridge does not need it.</source>
        <translation>Supprimez maintenant %1&#xa0;: il contient encore vos mots de passe en clair, et Nightbridge n&apos;en a plus besoin.</translation>
    </message>
    <message>
        <source>Accounts updated: %1.</source>
        <translation>Comptes mis à jour&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>nb::ui::GlucoseChart</name>
    <message numerus="yes">
        <source>No readings in the last %n hour(s)</source>
        <translation>
            <numerusform>Aucune mesure depuis %n heure</numerusform>
            <numerusform>Aucune mesure depuis %n heures</numerusform>
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
        <translation>Autoriser http:// simple (le hachage du secret circule alors sans chiffrement)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>https://your-site.example.org</source>
        <translation>https://votre-site.example.org</translation>
    </message>
    <message>
        <source>API secret</source>
        <translation>API secret</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>The Nightscout site Nightbridge uploads to. The API secret (or token) is kept in %1, never in the settings file.</source>
        <translation>Le site Nightscout vers lequel Nightbridge envoie les données. L&apos;API secret (ou le jeton) est conservé dans %1, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Site address:</source>
        <translation>Adresse du site&#xa0;:</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Secret or token:</source>
        <translation>Secret ou jeton&#xa0;:</translation>
    </message>
    <message>
        <source>Nightscout</source>
        <translation>Nightscout</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Enregistré dans %1. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>Access token from Nightscout&apos;s Admin Tools</source>
        <translation>Jeton d&apos;accès des outils d&apos;administration de Nightscout</translation>
    </message>
    <message>
        <source>API_SECRET of the site</source>
        <translation>API_SECRET du site</translation>
    </message>
    <message>
        <source>Nightscout accepts no uploads at all while its API_SECRET is shorter than %1 characters.</source>
        <translation>Nightscout n&apos;accepte aucun envoi tant que son API_SECRET fait moins de %1 caractères.</translation>
    </message>
    <message>
        <source>Enter the address of your Nightscout site first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse de votre site Nightscout.</translation>
    </message>
    <message>
        <source>Contacting the Nightscout site…</source>
        <translation>Connexion au site Nightscout…</translation>
    </message>
    <message>
        <source>Connected to Nightscout %1 (units: %2). Nightbridge may upload.</source>
        <translation>Connecté à Nightscout %1 (unités&#xa0;: %2). Nightbridge peut envoyer des données.</translation>
    </message>
    <message>
        <source>unknown version</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The connection test failed.</source>
        <translation>Le test de connexion a échoué.</translation>
    </message>
    <message>
        <source>(Nightscout %1, units: %2.)</source>
        <translation>(Nightscout %1, unités&#xa0;: %2.)</translation>
    </message>
    <message>
        <source>Show or hide the secret</source>
        <translation>Afficher ou masquer le secret</translation>
    </message>
    <message>
        <source>Make a token in Nightscout&apos;s Admin Tools (your site&apos;s address followed by /admin): add a subject with a role that may create documents (for example a role with the permission api:*:create), then copy the subject&apos;s access token here.</source>
        <translation>Créez un jeton dans les outils d&apos;administration de Nightscout (l&apos;adresse de votre site suivie de /admin) : ajoutez un sujet avec un rôle autorisé à créer des documents (par exemple un rôle avec la permission api:*:create), puis copiez ici son jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>The Nightscout site %1 was not reached: &quot;Test connection&quot; did not succeed.</source>
        <translation>Le site Nightscout %1 n’a pas été joint : « Tester la connexion » n’a pas réussi.</translation>
    </message>
</context>
<context>
    <name>nb::ui::NotificationCenter</name>
    <message>
        <source>%1: sync is failing</source>
        <translation>%1&#xa0;: la synchronisation échoue</translation>
    </message>
    <message>
        <source>%1: please sign in again</source>
        <translation>%1&#xa0;: veuillez vous reconnecter</translation>
    </message>
    <message>
        <source>%1: no new data</source>
        <translation>%1&#xa0;: pas de nouvelles données</translation>
    </message>
    <message>
        <source>%1: backfill finished</source>
        <translation>%1&#xa0;: rattrapage terminé</translation>
    </message>
    <message>
        <source>Nightbridge keeps trying. Open the status window for details.</source>
        <translation>Nightbridge continue d&apos;essayer. Ouvrez la fenêtre d&apos;état pour les détails.</translation>
    </message>
    <message>
        <source>%1 Nightbridge keeps trying.</source>
        <translation>%1 Nightbridge continue d&apos;essayer.</translation>
    </message>
    <message>
        <source>Syncing is stopped until you sign in again.</source>
        <translation>La synchronisation est arrêtée jusqu&apos;à ce que vous vous reconnectiez.</translation>
    </message>
    <message>
        <source>%1 Syncing is stopped until you sign in again.</source>
        <translation>%1 La synchronisation est arrêtée jusqu&apos;à ce que vous vous reconnectiez.</translation>
    </message>
    <message>
        <source>The service answers, but its newest data is from %1. Is the phone app still signed in and connected to the pump?</source>
        <translation>Le service répond, mais ses données les plus récentes datent de %1. L&apos;application du téléphone est-elle toujours connectée, et reliée à la pompe&#xa0;?</translation>
    </message>
    <message>
        <source>Check the Nightscout address and API secret or token in Settings.</source>
        <translation>Vérifiez l&apos;adresse Nightscout et l&apos;API secret ou le jeton dans les paramètres.</translation>
    </message>
    <message>
        <source>%1 Check the Nightscout settings.</source>
        <translation>%1 Vérifiez les paramètres Nightscout.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) uploaded to Nightscout.</source>
        <translation>
            <numerusform>%n enregistrement envoyé à Nightscout.</numerusform>
            <numerusform>%n enregistrements envoyés à Nightscout.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: Nightscout refuses the upload</source>
        <translation>%1 : Nightscout refuse l&apos;envoi</translation>
    </message>
    <message>
        <source>%1: low glucose %2</source>
        <translation>%1 : glucose basse %2</translation>
    </message>
    <message>
        <source>%1: high glucose %2</source>
        <translation>%1 : glucose haute %2</translation>
    </message>
    <message>
        <source>%1: URGENT LOW %2</source>
        <translation>%1 : TRÈS BAS %2</translation>
    </message>
    <message>
        <source>Reading from %1.</source>
        <translation>Valeur de %1.</translation>
    </message>
    <message>
        <source>Repeats until you acknowledge or snooze it in the status window or the tray menu.</source>
        <translation>Se répète jusqu&apos;à ce que vous la confirmiez ou la mettiez en silence dans la fenêtre d&apos;état ou le menu de la zone de notification.</translation>
    </message>
    <message>
        <source>Nightbridge is not a medical device and its data can arrive late; check with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Nightbridge n&apos;est pas un dispositif médical et ses données peuvent arriver en retard ; vérifiez avec un lecteur et suivez les alarmes de votre CGM.</translation>
    </message>
</context>
<context>
    <name>nb::ui::SettingsDialog</name>
    <message>
        <source>Nightbridge Settings</source>
        <translation>Paramètres de Nightbridge</translation>
    </message>
    <message>
        <source>The settings file was written by a newer version of Nightbridge; update Nightbridge to change settings.</source>
        <translation>Le fichier de paramètres a été écrit par une version plus récente de Nightbridge&#xa0;; mettez Nightbridge à jour pour modifier les paramètres.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Some changes were never tested successfully:</source>
        <translation>Certaines modifications n’ont jamais été testées avec succès :</translation>
    </message>
    <message>
        <source>Nightbridge cannot sync until they work. Save anyway?</source>
        <translation>Nightbridge ne peut pas synchroniser tant qu’elles ne fonctionnent pas. Enregistrer quand même ?</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>nb::ui::StatusPopup</name>
    <message>
        <source>No account set up yet. Add one in Settings.</source>
        <translation>Aucun compte configuré pour l&apos;instant. Ajoutez-en un dans les paramètres.</translation>
    </message>
    <message>
        <source>Nightbridge</source>
        <translation>Nightbridge</translation>
    </message>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Données de démonstration — pas de vraies mesures</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Ouvrir Nightscout</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Pas encore de mesure</translation>
    </message>
    <message>
        <source>%1 — no new reading</source>
        <translation>%1 — pas de nouvelle mesure</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Snooze %1 min</source>
        <translation>Silence %1 min</translation>
    </message>
    <message>
        <source>Urgent low: %1. Check now with a meter and follow your CGM&apos;s alarms.</source>
        <translation>Très bas : %1. Vérifiez maintenant avec un lecteur et suivez les alarmes de votre CGM.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Last %n hour(s):</source>
        <translation>
            <numerusform>Sur %n heure :</numerusform>
            <numerusform>Sur les %n dernières heures :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nb::ui::SyncPage</name>
    <message>
        <source>Automatically, when each vendor usually has new data</source>
        <translation>Automatiquement, quand chaque fabricant a habituellement de nouvelles données</translation>
    </message>
    <message>
        <source>At a fixed interval</source>
        <translation>À intervalle fixe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Show notifications</source>
        <translation>Afficher les notifications</translation>
    </message>
    <message>
        <source>When syncing keeps failing for</source>
        <translation>Quand la synchronisation échoue depuis</translation>
    </message>
    <message>
        <source>When an account needs to sign in again</source>
        <translation>Quand un compte doit se reconnecter</translation>
    </message>
    <message>
        <source>When a vendor has had no new data for</source>
        <translation>Quand un fabricant n&apos;a pas de nouvelles données depuis</translation>
    </message>
    <message>
        <source>When Nightscout refuses uploads</source>
        <translation>Quand Nightscout refuse les envois</translation>
    </message>
    <message>
        <source>When a backfill finishes</source>
        <translation>Quand un rattrapage est terminé</translation>
    </message>
    <message>
        <source>When to sync</source>
        <translation>Quand synchroniser</translation>
    </message>
    <message>
        <source>CareLink gets a reading every 5 minutes; Tandem data arrives when the phone app uploads. Automatic follows that, with fewer requests.</source>
        <translation>CareLink reçoit une mesure toutes les 5 minutes&#xa0;; les données Tandem arrivent quand l&apos;application du téléphone les envoie. Le mode automatique suit ce rythme, avec moins de requêtes.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <source>Low and high glucose alerts</source>
        <translation>Alertes de glucose basse et haute</translation>
    </message>
    <message>
        <source>Urgent low alert, repeated until acknowledged or snoozed</source>
        <translation>Alerte « très bas », répétée jusqu&apos;à confirmation ou mise en silence</translation>
    </message>
    <message>
        <source>Alerts use the Display page&apos;s limits: low below %1, high above %2, urgent low below %3. Nightbridge is not a medical device and its data can arrive late (Tandem readings 30 minutes or more): keep your CGM&apos;s own alarms on.</source>
        <translation>Les alertes utilisent les limites de la page « Affichage » : bas sous %1, haut au-dessus de %2, très bas sous %3. Nightbridge n&apos;est pas un dispositif médical et ses données peuvent arriver en retard (valeurs Tandem : 30 minutes ou plus) : gardez les alarmes de votre CGM activées.</translation>
    </message>
</context>
<context>
    <name>nb::ui::TandemPanel</name>
    <message>
        <source>Test sign-in</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>E-mail address of your Tandem Source account</source>
        <translation>Adresse e-mail de votre compte Tandem Source</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Checking the credential store…</source>
        <translation>Vérification du magasin d&apos;identifiants…</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Europe and other countries</source>
        <translation>Europe et autres pays</translation>
    </message>
    <message>
        <source>The pump with the newest data</source>
        <translation>La pompe aux données les plus récentes</translation>
    </message>
    <message>
        <source>Serial %1</source>
        <translation>N° de série %1</translation>
    </message>
    <message>
        <source>&quot;Test sign-in&quot; lists the pumps of the account.</source>
        <translation>«&#xa0;Tester la connexion&#xa0;» liste les pompes du compte.</translation>
    </message>
    <message>
        <source>Tandem Source</source>
        <translation>Tandem Source</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <source>Pump:</source>
        <translation>Pompe&#xa0;:</translation>
    </message>
    <message>
        <source>Pump time zone:</source>
        <translation>Fuseau horaire de la pompe&#xa0;:</translation>
    </message>
    <message>
        <source>Tandem reports times in the pump&apos;s clock; this is the zone that clock is set to.</source>
        <translation>Tandem indique les heures selon l&apos;horloge de la pompe&#xa0;; voici le fuseau horaire sur lequel cette horloge est réglée.</translation>
    </message>
    <message>
        <source>Stored in %1. Type a new one to replace it.</source>
        <translation>Enregistré dans %1. Saisissez-en un nouveau pour le remplacer.</translation>
    </message>
    <message>
        <source>Choose a time zone from the list, such as Europe/Berlin or America/New_York.</source>
        <translation>Choisissez un fuseau horaire dans la liste, comme Europe/Paris ou America/New_York.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of the Tandem Source account.</source>
        <translation>Saisissez l&apos;adresse e-mail du compte Tandem Source.</translation>
    </message>
    <message>
        <source>Enter the Tandem Source password.</source>
        <translation>Saisissez le mot de passe Tandem Source.</translation>
    </message>
    <message>
        <source>Enter the e-mail address first.</source>
        <translation>Saisissez d&apos;abord l&apos;adresse e-mail.</translation>
    </message>
    <message>
        <source>Enter the password first.</source>
        <translation>Saisissez d&apos;abord le mot de passe.</translation>
    </message>
    <message>
        <source>Signing in to Tandem Source…</source>
        <translation>Connexion à Tandem Source…</translation>
    </message>
    <message>
        <source>Pump</source>
        <translation>Pompe</translation>
    </message>
    <message>
        <source>%1, serial %2</source>
        <translation>%1, n° de série %2</translation>
    </message>
    <message>
        <source>never uploaded</source>
        <translation>jamais envoyé</translation>
    </message>
    <message>
        <source>last data %1</source>
        <translation>dernières données %1</translation>
    </message>
    <message numerus="yes">
        <source>(nothing for %n day(s))</source>
        <translation>
            <numerusform>(rien depuis %n jour)</numerusform>
            <numerusform>(rien depuis %n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>Serial %1 (not in this account)</source>
        <translation>N° de série %1 (absent de ce compte)</translation>
    </message>
    <message numerus="yes">
        <source>%n pump(s) sent nothing for more than %1 days: choose the one you use now.</source>
        <translation>
            <numerusform>%n pompe n&apos;a rien envoyé depuis plus de %1 jours&#xa0;: choisissez celle que vous utilisez actuellement.</numerusform>
            <numerusform>%n pompes n&apos;ont rien envoyé depuis plus de %1 jours&#xa0;: choisissez celle que vous utilisez actuellement.</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen pump is not in this account any more.</source>
        <translation>La pompe choisie ne fait plus partie de ce compte.</translation>
    </message>
    <message>
        <source>All pumps uploaded recently.</source>
        <translation>Toutes les pompes ont envoyé des données récemment.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in. %n pump(s) found.</source>
        <translation>
            <numerusform>Connecté. %n pompe trouvée.</numerusform>
            <numerusform>Connecté. %n pompes trouvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide the password</source>
        <translation>Afficher ou masquer le mot de passe</translation>
    </message>
</context>
<context>
    <name>nb::ui::TrayMenu</name>
    <message>
        <source>Demo data — not real readings</source>
        <translation>Données de démonstration — pas de vraies mesures</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Pas encore de mesure</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>For 30 minutes</source>
        <translation>Pendant 30 minutes</translation>
    </message>
    <message>
        <source>For 1 hour</source>
        <translation>Pendant 1 heure</translation>
    </message>
    <message>
        <source>Until resumed</source>
        <translation>Jusqu&apos;à la reprise</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Backfill…</source>
        <translation>Rattrapage…</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Open Nightscout</source>
        <translation>Ouvrir Nightscout</translation>
    </message>
    <message>
        <source>View logs…</source>
        <translation>Afficher les journaux…</translation>
    </message>
    <message>
        <source>Copy diagnostics</source>
        <translation>Copier les diagnostics</translation>
    </message>
    <message>
        <source>About Nightbridge</source>
        <translation>À propos de Nightbridge</translation>
    </message>
    <message>
        <source>Quit Nightbridge</source>
        <translation>Quitter Nightbridge</translation>
    </message>
    <message>
        <source>Set up Nightbridge…</source>
        <translation>Configurer Nightbridge…</translation>
    </message>
    <message>
        <source>Acknowledge urgent low</source>
        <translation>Confirmer l&apos;alerte « très bas »</translation>
    </message>
    <message>
        <source>Snooze urgent low</source>
        <translation>Mettre en silence l&apos;alerte « très bas »</translation>
    </message>
    <message numerus="yes">
        <source>For %n minute(s)</source>
        <translation>
            <numerusform>Pendant %n minute</numerusform>
            <numerusform>Pendant %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Recent readings</source>
        <translation>Valeurs récentes</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Activité…</translation>
    </message>
    <message>
        <source>URGENT LOW: %1</source>
        <translation>TRÈS BAS : %1</translation>
    </message>
    <message>
        <source>Recent readings (%1)</source>
        <translation>Valeurs récentes (%1)</translation>
    </message>
</context>
</TS>
