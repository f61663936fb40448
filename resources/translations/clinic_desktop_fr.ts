<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>&apos;{code}&apos; is not a country the holiday calendar knows. Use a two-letter code such as AT or US.</source>
        <translation>« {code} » n&apos;est pas un pays connu du calendrier des jours fériés. Utilisez un code à deux lettres, comme AT ou US.</translation>
    </message>
    <message>
        <source>Set the country before its subdivision (state, province or region).</source>
        <translation>Indiquez le pays avant sa subdivision (État, province ou région).</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a subdivision of {country}. Known: none.</source>
        <translation>« {code} » n&apos;est pas une subdivision de {country}. Connues : aucune.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a subdivision of {country}. Known: {sample}.</source>
        <translation>« {code} » n&apos;est pas une subdivision de {country}. Connues : {sample}.</translation>
    </message>
    <message>
        <source>The reminder ({hours} hours before) must go before the second one ({second} hours before).</source>
        <translation>Le rappel ({hours} heures avant) doit précéder le second ({second} heures avant).</translation>
    </message>
    <message>
        <source>The second reminder ({hours} hours before) must come after the first ({first} hours before).</source>
        <translation>Le second rappel ({hours} heures avant) doit suivre le premier ({first} heures avant).</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nom de la clinique :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>F&amp;useau horaire :</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Pays :</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Ré&amp;gion :</translation>
    </message>
    <message>
        <source>&amp;Lock an idle window after:</source>
        <translation>&amp;Verrouiller une fenêtre inactive après :</translation>
    </message>
    <message>
        <source>&amp;Dates written as:</source>
        <translation>Format des &amp;dates :</translation>
    </message>
    <message>
        <source>Times &amp;written as:</source>
        <translation>Format des &amp;heures :</translation>
    </message>
    <message>
        <source>Recall patients &amp;from:</source>
        <translation>&amp;Rappeler les patients dès :</translation>
    </message>
    <message>
        <source>Something went wrong while loading: {problem}</source>
        <translation>Une erreur s&apos;est produite pendant le chargement : {problem}</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestionnaire</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>manager</source>
        <translation>gestionnaire</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Prise de rendez-vous</translation>
    </message>
    <message>
        <source>Changing patient details</source>
        <translation>Modifier les données des patients</translation>
    </message>
    <message>
        <source>The recall list</source>
        <translation>La liste des rappels</translation>
    </message>
    <message>
        <source>Reading the clinical record</source>
        <translation>Consulter le dossier médical</translation>
    </message>
    <message>
        <source>Charting</source>
        <translation>Saisie des traitements</translation>
    </message>
    <message>
        <source>Stock and protocols</source>
        <translation>Stock et protocoles</translation>
    </message>
    <message>
        <source>Exporting the calendar</source>
        <translation>Exporter l&apos;agenda</translation>
    </message>
    <message>
        <source>Exporting health records</source>
        <translation>Exporter les dossiers médicaux</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>Managing users</source>
        <translation>Gérer les utilisateurs</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>The audit trail</source>
        <translation>Le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Checking and restoring the database</source>
        <translation>Vérifier et restaurer la base de données</translation>
    </message>
    <message>
        <source>The outbox</source>
        <translation>La boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>{permission} needs the {role} role; you are signed in as {current}.</source>
        <translation>{permission} nécessite le rôle {role} ; vous êtes connecté avec le rôle {current}.</translation>
    </message>
    <message>
        <source>{permission} needs the {role} or {other} role; you are signed in as {current}.</source>
        <translation>{permission} nécessite le rôle {role} ou {other} ; vous êtes connecté avec le rôle {current}.</translation>
    </message>
    <message>
        <source>The key file</source>
        <translation>Le fichier de clé</translation>
    </message>
    <message>
        <source>{source} is not a clinic-desktop audit key.</source>
        <translation>{source} n&apos;est pas une clé d&apos;audit de clinic-desktop.</translation>
    </message>
    <message>
        <source>Say why the audit key is replaced (--reason TEXT), e.g. &quot;the only computer&apos;s disk died and no copy of the key was kept&quot;.</source>
        <translation>Indiquez pourquoi la clé d&apos;audit est remplacée (--reason TEXT), par ex. « le disque du seul ordinateur est tombé en panne et aucune copie de la clé n&apos;a été conservée ».</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>it is missing (the next entry found is {found}).</source>
        <translation>elle manque (l&apos;entrée suivante trouvée est la {found}).</translation>
    </message>
    <message>
        <source>it is out of order (the next entry found is {found}).</source>
        <translation>elle n&apos;est pas à sa place (l&apos;entrée suivante trouvée est la {found}).</translation>
    </message>
    <message>
        <source>the entries before it were changed, added or removed after the audit key was replaced here: they no longer give the fingerprint this entry recorded of them.</source>
        <translation>les entrées qui la précèdent ont été modifiées, ajoutées ou supprimées après le remplacement de la clé d&apos;audit à cet endroit : elles ne donnent plus l&apos;empreinte que cette entrée en a enregistrée.</translation>
    </message>
    <message>
        <source>its content, or the entry before it, was changed after it was written.</source>
        <translation>son contenu, ou l&apos;entrée qui la précède, a été modifié après son écriture.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not an audit anchor. An anchor reads ID:HASH, the entry&apos;s number and its hash (at least its first {digits} characters), as `audit anchor`, the day list and each backup print it.</source>
        <translation>« {text} » n&apos;est pas une ancre d&apos;audit. Une ancre s&apos;écrit ID:HASH, le numéro de l&apos;entrée et son empreinte (au moins ses {digits} premiers caractères), comme l&apos;impriment `audit anchor`, la liste du jour et chaque sauvegarde.</translation>
    </message>
    <message>
        <source>The audit trail no longer holds entry {id} of the anchor {anchor} (its last entry is {last}): entries were removed.</source>
        <translation>Le journal d&apos;audit ne contient plus l&apos;entrée {id} de l&apos;ancre {anchor} (sa dernière entrée est la {last}) : des entrées ont été supprimées.</translation>
    </message>
    <message>
        <source>Entry {id} of the audit trail is not the one the anchor {anchor} recorded: the trail was rewritten at or before that entry.</source>
        <translation>L&apos;entrée {id} du journal d&apos;audit n&apos;est pas celle que l&apos;ancre {anchor} a enregistrée : le journal a été réécrit à cette entrée ou avant.</translation>
    </message>
    <message>
        <source>{day} is a public holiday ({holiday})</source>
        <translation>le {day} est un jour férié ({holiday})</translation>
    </message>
    <message>
        <source>the clinic is closed on {day} ({reason})</source>
        <translation>la clinique est fermée le {day} ({reason})</translation>
    </message>
    <message>
        <source>the clinic is closed on {day}</source>
        <translation>la clinique est fermée le {day}</translation>
    </message>
    <message>
        <source>the provider is off on {day} ({reason})</source>
        <translation>le praticien est absent le {day} ({reason})</translation>
    </message>
    <message>
        <source>the provider is off on {day}</source>
        <translation>le praticien est absent le {day}</translation>
    </message>
    <message>
        <source>A series repeats every 1 to 104 weeks.</source>
        <translation>Une série se répète toutes les 1 à 104 semaines.</translation>
    </message>
    <message>
        <source>A series has 1 to {most} appointments.</source>
        <translation>Une série compte de 1 à {most} rendez-vous.</translation>
    </message>
    <message>
        <source>one a day, keeping the last {days} days, {weeks} weeks and {months} months</source>
        <translation>une par jour, en conservant celles des {days} derniers jours, des {weeks} dernières semaines et des {months} derniers mois</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a time zone. Use an IANA name such as Europe/Vienna.</source>
        <translation>« {name} » n&apos;est pas un fuseau horaire. Utilisez un nom IANA comme Europe/Vienna.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone. Use an IANA name such as Europe/Vienna. Did you mean {hint}?</source>
        <translation>« {name} » n&apos;est pas un fuseau horaire connu. Utilisez un nom IANA comme Europe/Vienna. Vouliez-vous dire {hint} ?</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not a known time zone. Use an IANA name such as Europe/Vienna.</source>
        <translation>« {name} » n&apos;est pas un fuseau horaire connu. Utilisez un nom IANA comme Europe/Vienna.</translation>
    </message>
    <message>
        <source>{time} does not exist in {zone}: the clocks go forward then. Choose a time outside that hour.</source>
        <translation>{time} n&apos;existe pas dans {zone} : les horloges avancent à ce moment-là. Choisissez une heure en dehors de cette plage.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is out of range: give a date between {first} and {last}.</source>
        <translation>« {text} » est hors limites : indiquez une date entre {first} et {last}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date and time. Write it as YYYY-MM-DDTHH:MM, e.g. 2026-12-01T10:00.</source>
        <translation>« {text} » n&apos;est pas une date et une heure. Écrivez-la sous la forme AAAA-MM-JJTHH:MM, par ex. 2026-12-01T10:00.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date. Write it as YYYY-MM-DD, e.g. 2026-12-01.</source>
        <translation>« {text} » n&apos;est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par ex. 2026-12-01.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day. Write it as HH:MM, e.g. 08:30.</source>
        <translation>« {text} » n&apos;est pas une heure. Écrivez-la sous la forme HH:MM, par ex. 08:30.</translation>
    </message>
    <message>
        <source>Chronic migraine</source>
        <translation>Migraine chronique</translation>
    </message>
    <message>
        <source>Cervical dystonia</source>
        <translation>Dystonie cervicale</translation>
    </message>
    <message>
        <source>Upper limb spasticity</source>
        <translation>Spasticité du membre supérieur</translation>
    </message>
    <message>
        <source>Lower limb spasticity</source>
        <translation>Spasticité du membre inférieur</translation>
    </message>
    <message>
        <source>Myofascial pain</source>
        <translation>Douleur myofasciale</translation>
    </message>
    <message>
        <source>TMJ disorder / bruxism</source>
        <translation>Trouble de l&apos;ATM / bruxisme</translation>
    </message>
    <message>
        <source>Overactive bladder</source>
        <translation>Vessie hyperactive</translation>
    </message>
    <message>
        <source>Axillary hyperhidrosis</source>
        <translation>Hyperhidrose axillaire</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>chronic migraine</source>
        <translation>migraine chronique</translation>
    </message>
    <message>
        <source>cervical dystonia</source>
        <translation>dystonie cervicale</translation>
    </message>
    <message>
        <source>upper limb spasticity</source>
        <translation>spasticité du membre supérieur</translation>
    </message>
    <message>
        <source>lower limb spasticity</source>
        <translation>spasticité du membre inférieur</translation>
    </message>
    <message>
        <source>myofascial pain</source>
        <translation>douleur myofasciale</translation>
    </message>
    <message>
        <source>tmj disorder / bruxism</source>
        <translation>trouble de l&apos;ATM / bruxisme</translation>
    </message>
    <message>
        <source>overactive bladder</source>
        <translation>vessie hyperactive</translation>
    </message>
    <message>
        <source>axillary hyperhidrosis</source>
        <translation>hyperhidrose axillaire</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <source>In room</source>
        <translation>En salle</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>booked</source>
        <translation>réservé</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>arrived</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <source>in room</source>
        <translation>en salle</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>no show</source>
        <translation>absent</translation>
    </message>
    <message>
        <source>Unknown indication &apos;{text}&apos;. Known indications: {known}.</source>
        <translation>Indication inconnue « {text} ». Indications connues : {known}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not an ICD-10 code (a letter, two digits, then e.g. .709).</source>
        <translation>« {code} » n&apos;est pas un code CIM-10 (une lettre, deux chiffres, puis par ex. .709).</translation>
    </message>
    <message>
        <source>This computer&apos;s format</source>
        <translation>Le format de cet ordinateur</translation>
    </message>
    <message>
        <source>US: month/day/year</source>
        <translation>États-Unis : mois/jour/année</translation>
    </message>
    <message>
        <source>UK and Europe: day/month/year</source>
        <translation>Royaume-Uni et Europe : jour/mois/année</translation>
    </message>
    <message>
        <source>ISO: year-month-day</source>
        <translation>ISO : année-mois-jour</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a date format. Formats: {known}.</source>
        <translation>« {text} » n&apos;est pas un format de date. Formats : {known}.</translation>
    </message>
    <message>
        <source>As the clinic&apos;s country writes it</source>
        <translation>Comme l&apos;écrit le pays de la clinique</translation>
    </message>
    <message>
        <source>12-hour: 2:30 PM</source>
        <translation>Sur 12 heures : 2:30 PM</translation>
    </message>
    <message>
        <source>24-hour: 14:30</source>
        <translation>Sur 24 heures : 14:30</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a clock. Clocks: {known}.</source>
        <translation>« {text} » n&apos;est pas un format d&apos;heure. Formats : {known}.</translation>
    </message>
    <message>
        <source>{day} · {product} {units} U ({per_kg} at {weight}) ({weeks} wk ago)</source>
        <translation>{day} · {product} {units} U ({per_kg} à {weight}) (il y a {weeks} sem.)</translation>
    </message>
    <message>
        <source>{day} · {product} {units} U ({weeks} wk ago)</source>
        <translation>{day} · {product} {units} U (il y a {weeks} sem.)</translation>
    </message>
    <message>
        <source>The provider needs a name.</source>
        <translation>Le praticien doit avoir un nom.</translation>
    </message>
    <message>
        <source>The room needs a name.</source>
        <translation>La salle doit avoir un nom.</translation>
    </message>
    <message>
        <source>The appointment type needs a name.</source>
        <translation>Le type de rendez-vous doit avoir un nom.</translation>
    </message>
    <message>
        <source>The clinic needs a name.</source>
        <translation>La clinique doit avoir un nom.</translation>
    </message>
    <message>
        <source>provider name</source>
        <translation>nom du praticien</translation>
    </message>
    <message>
        <source>room name</source>
        <translation>nom de la salle</translation>
    </message>
    <message>
        <source>appointment type name</source>
        <translation>nom du type de rendez-vous</translation>
    </message>
    <message>
        <source>clinic name</source>
        <translation>nom de la clinique</translation>
    </message>
    <message>
        <source>The {what} needs a name.</source>
        <translation>Un nom est requis ({what}).</translation>
    </message>
    <message>
        <source>{what} name</source>
        <translation>nom ({what})</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a room kind. Use a short word such as exam or procedure.</source>
        <translation>« {value} » n&apos;est pas un type de salle. Utilisez un mot court comme exam ou procedure.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a colour. Write it as #RRGGBB, e.g. #1f7a8c.</source>
        <translation>« {value} » n&apos;est pas une couleur. Écrivez-la sous la forme #RRGGBB, par ex. #1f7a8c.</translation>
    </message>
    <message>
        <source>An appointment lasts between 5 and {most} minutes, not {minutes}.</source>
        <translation>Un rendez-vous dure entre 5 et {most} minutes, pas {minutes}.</translation>
    </message>
    <message>
        <source>connection lost</source>
        <translation>connexion perdue</translation>
    </message>
    <message>
        <source>The clinic database cannot be reached ({detail}). The connection was lost while the change was being saved, so it may or may not have been saved: look before entering it again. Check the network and the database server; the application retries.</source>
        <translation>La base de données de la clinique est inaccessible ({detail}). La connexion a été perdue pendant l&apos;enregistrement de la modification : elle a peut-être été enregistrée, ou peut-être pas ; vérifiez avant de la saisir à nouveau. Vérifiez le réseau et le serveur de base de données ; l&apos;application réessaie.</translation>
    </message>
    <message>
        <source>The clinic database cannot be reached ({detail}). Nothing was saved. Check the network and the database server; the application retries.</source>
        <translation>La base de données de la clinique est inaccessible ({detail}). Rien n&apos;a été enregistré. Vérifiez le réseau et le serveur de base de données ; l&apos;application réessaie.</translation>
    </message>
    <message>
        <source>The database file is damaged ({detail}). Restore the last backup: {restore}</source>
        <translation>Le fichier de la base de données est endommagé ({detail}). Restaurez la dernière sauvegarde : {restore}</translation>
    </message>
    <message>
        <source>The disk holding the clinic database is full; nothing was saved. Free some space and try again.</source>
        <translation>Le disque qui contient la base de données de la clinique est plein ; rien n&apos;a été enregistré. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>Appointment {id} was cancelled; book a new one instead.</source>
        <translation>Le rendez-vous {id} a été annulé ; prenez-en un nouveau à la place.</translation>
    </message>
    <message>
        <source>Appointment {id} is {status}; it cannot be marked {new}.</source>
        <translation>Le rendez-vous {id} est à l&apos;état « {status} » ; il ne peut pas être marqué « {new} ».</translation>
    </message>
    <message>
        <source>Appointment {id} is {status}; it cannot be marked {new}. It can be marked {options}.</source>
        <translation>Le rendez-vous {id} est à l&apos;état « {status} » ; il ne peut pas être marqué « {new} ». Il peut être marqué : {options}.</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendus</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminés</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>attendus</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>done</source>
        <translation>terminés</translation>
    </message>
    <message>
        <source>Called</source>
        <extracomment>The notes reception keeps on a recall (a call made, a message left, ...) and their words; the command line&apos;s `followups mark --kind` offers the keys.</extracomment>
        <translation>Appelé</translation>
    </message>
    <message>
        <source>Left a message</source>
        <translation>Message laissé</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>Snoozed</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <source>A re-treatment interval cannot be shorter than {floor} days ({days}).</source>
        <translation>Un intervalle entre deux traitements ne peut pas être inférieur à {floor} jours ({days}).</translation>
    </message>
    <message>
        <source>The tolerance after the target must be 0 to 180 days.</source>
        <translation>La tolérance après la date cible doit être de 0 à 180 jours.</translation>
    </message>
    <message>
        <source>In the morning, as they prefer</source>
        <translation>Le matin, comme le patient le préfère</translation>
    </message>
    <message>
        <source>In the afternoon, as they prefer</source>
        <translation>L&apos;après-midi, comme le patient le préfère</translation>
    </message>
    <message>
        <source>In the evening, as they prefer</source>
        <translation>En soirée, comme le patient le préfère</translation>
    </message>
    <message>
        <source>Not in the morning, which they prefer</source>
        <translation>Pas le matin, que le patient préfère</translation>
    </message>
    <message>
        <source>Not in the afternoon, which they prefer</source>
        <translation>Pas l&apos;après-midi, que le patient préfère</translation>
    </message>
    <message>
        <source>Not in the evening, which they prefer</source>
        <translation>Pas en soirée, que le patient préfère</translation>
    </message>
    <message>
        <source>Same provider as last time ({provider})</source>
        <translation>Le même praticien que la dernière fois ({provider})</translation>
    </message>
    <message>
        <source>{provider} also treats this</source>
        <translation>{provider} traite aussi cette indication</translation>
    </message>
    <message>
        <source>Overdue since {day}: among the soonest free</source>
        <translation>En retard depuis le {day} : parmi les premiers créneaux libres</translation>
    </message>
    <message>
        <source>On the target day ({day})</source>
        <translation>Le jour cible ({day})</translation>
    </message>
    <message>
        <source>Inside the due window ({first}-{last})</source>
        <translation>Dans la période prévue ({first}-{last})</translation>
    </message>
    <message>
        <source>{days} day after the due window: nothing earlier was free</source>
        <translation>{days} jour après la période prévue : rien n&apos;était libre avant</translation>
    </message>
    <message>
        <source>{days} days after the due window: nothing earlier was free</source>
        <translation>{days} jours après la période prévue : rien n&apos;était libre avant</translation>
    </message>
    <message>
        <source>A {weekday}, the day they usually come</source>
        <translation>{weekday} : le jour où le patient vient d&apos;habitude</translation>
    </message>
    <message>
        <source>At their usual time ({time})</source>
        <translation>À son heure habituelle ({time})</translation>
    </message>
    <message>
        <source>Near their usual time ({time})</source>
        <translation>Proche de son heure habituelle ({time})</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a weekday. Use one of {days}.</source>
        <translation>« {text} » n&apos;est pas un jour de la semaine. Utilisez l&apos;un de ceux-ci : {days}.</translation>
    </message>
    <message>
        <source>Say which weekday. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).</source>
        <translation>Indiquez le jour de la semaine. Écrivez un jour (mon), une plage (mon-fri) ou une liste (mon,wed,fri).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; in &apos;{text}&apos; is not a day or a range of days. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).</source>
        <translation>« {part} » dans « {text} » n&apos;est ni un jour ni une plage de jours. Écrivez un jour (mon), une plage (mon-fri) ou une liste (mon,wed,fri).</translation>
    </message>
    <message>
        <source>&apos;{wrong}&apos; in &apos;{text}&apos; is not a weekday: use {days}. Write one day (mon), a range (mon-fri) or a list (mon,wed,fri).</source>
        <translation>« {wrong} » dans « {text} » n&apos;est pas un jour de la semaine : utilisez {days}. Écrivez un jour (mon), une plage (mon-fri) ou une liste (mon,wed,fri).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; runs backwards: a range goes from Monday towards Sunday, such as {example}.</source>
        <translation>« {part} » est à l&apos;envers : une plage va du lundi vers le dimanche, comme {example}.</translation>
    </message>
    <message>
        <source>A working block must end after it starts ({block}).</source>
        <translation>Une plage de travail doit se terminer après son début ({block}).</translation>
    </message>
    <message>
        <source>&apos;{part}&apos; is not a block of time. Write it as 08:00-12:00.</source>
        <translation>« {part} » n&apos;est pas une plage horaire. Écrivez-la sous la forme 08:00-12:00.</translation>
    </message>
    <message>
        <source>Working blocks {earlier} and {later} overlap.</source>
        <translation>Les plages de travail {earlier} et {later} se chevauchent.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Confirmation de rendez-vous</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Rappel de rendez-vous</translation>
    </message>
    <message>
        <source>Recall invitation</source>
        <translation>Invitation de rappel</translation>
    </message>
    <message>
        <source>No-show follow-up</source>
        <translation>Suivi d&apos;absence</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>by email</source>
        <translation>par courriel</translation>
    </message>
    <message>
        <source>by text</source>
        <translation>par SMS</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>En cours d&apos;envoi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <source>A reminder goes 1 to {most} hours before, not {hours}.</source>
        <translation>Un rappel part de 1 à {most} heures avant, pas {hours}.</translation>
    </message>
    <message>
        <source>The second reminder goes 1 to {most} hours before (0 for none), not {hours}.</source>
        <translation>Le second rappel part de 1 à {most} heures avant (0 pour aucun), pas {hours}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>« {value} » n&apos;est ni oui ni non.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number of hours.</source>
        <translation>« {value} » n&apos;est pas un nombre entier d&apos;heures.</translation>
    </message>
    <message>
        <source>Booking confirmed</source>
        <extracomment>A message &quot;sending&quot; for longer than this on another computer is taken as interrupted. A recall invitation&apos;s slot stays pencilled in for the patient this long after it is sent. A reply whose first word is one of these is an opt-out: the words carriers and CTIA require every programme to honour (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT), and their Spanish and French equivalents (BAJA, ALTO, ARRET).</extracomment>
        <translation>Rendez-vous confirmé</translation>
    </message>
    <message>
        <source>Appointment moved</source>
        <translation>Rendez-vous déplacé</translation>
    </message>
    <message>
        <source>Appointment cancelled</source>
        <translation>Rendez-vous annulé</translation>
    </message>
    <message>
        <source>the clinic&apos;s name</source>
        <extracomment>What a template may say. A text: only where and when (minimum necessary); an email may also greet the patient by name and name the provider.</extracomment>
        <translation>le nom de la clinique</translation>
    </message>
    <message>
        <source>the appointment&apos;s (or offered slot&apos;s) date, in the patient&apos;s language</source>
        <translation>la date du rendez-vous (ou du créneau proposé), dans la langue du patient</translation>
    </message>
    <message>
        <source>its time (24-hour clock)</source>
        <translation>son heure (format 24 heures)</translation>
    </message>
    <message>
        <source>the clinic&apos;s address (its name when none is set)</source>
        <translation>l&apos;adresse de la clinique (son nom s&apos;il n&apos;y en a pas)</translation>
    </message>
    <message>
        <source>the number patients call or text back</source>
        <translation>le numéro que les patients appellent ou auquel ils répondent</translation>
    </message>
    <message>
        <source>the patient&apos;s first name (emails only)</source>
        <translation>le prénom du patient (courriels seulement)</translation>
    </message>
    <message>
        <source>the provider&apos;s name (emails only)</source>
        <translation>le nom du praticien (courriels seulement)</translation>
    </message>
    <message>
        <source>The template has an unmatched brace ({problem}): write fields as {example}, and a brace itself as {open} or {close}.</source>
        <translation>Le modèle contient une accolade sans paire ({problem}) : écrivez les champs sous la forme {example}, et une accolade seule sous la forme {open} ou {close}.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field; use one of {fields}.</source>
        <translation>« {field} » n&apos;est pas un champ ; utilisez l&apos;un de ceux-ci : {fields}.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language of the messages: use en, es or fr.</source>
        <translation>« {language} » n&apos;est pas une langue des messages : utilisez en, es ou fr.</translation>
    </message>
    <message>
        <source>The message needs some text.</source>
        <translation>Le message doit contenir du texte.</translation>
    </message>
    <message>
        <source>A text message may not use {field}: texts say only where and when ({fields}).</source>
        <translation>Un SMS ne peut pas utiliser {field} : les SMS disent seulement où et quand ({fields}).</translation>
    </message>
    <message>
        <source>A text message may not name a condition or a treatment ({words}): a text is read on a lock screen. Say only the clinic, the date, the time and the place.</source>
        <translation>Un SMS ne peut nommer ni une affection ni un traitement ({words}) : un SMS se lit sur l&apos;écran verrouillé. N&apos;indiquez que la clinique, la date, l&apos;heure et le lieu.</translation>
    </message>
    <message>
        <source>A text message can be at most {most} characters, not {length}.</source>
        <translation>Un SMS peut compter au plus {most} caractères, pas {length}.</translation>
    </message>
    <message>
        <source>An email needs a subject.</source>
        <translation>Un courriel doit avoir un objet.</translation>
    </message>
    <message>
        <source>The subject can be at most {most} characters.</source>
        <translation>L&apos;objet peut compter au plus {most} caractères.</translation>
    </message>
    <message>
        <source>The email can be at most {most} characters.</source>
        <translation>Le courriel peut compter au plus {most} caractères.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a field of this message.</source>
        <translation>« {field} » n&apos;est pas un champ de ce message.</translation>
    </message>
    <message>
        <source>The text would name a condition or a treatment ({words}), so it was not sent: change the clinic&apos;s name or address as texts show it, or the template.</source>
        <translation>Le texte nommerait une affection ou un traitement ({words}), il n&apos;a donc pas été envoyé : modifiez le nom ou l&apos;adresse de la clinique tels que les SMS les affichent, ou le modèle.</translation>
    </message>
    <message>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <source>points</source>
        <translation>pts</translation>
    </message>
    <message>
        <source>Headache days per month</source>
        <translation>Jours de céphalée par mois</translation>
    </message>
    <message>
        <source>MIDAS (disability, 3 months)</source>
        <translation>MIDAS (incapacité, 3 mois)</translation>
    </message>
    <message>
        <source>HIT-6 (headache impact)</source>
        <translation>HIT-6 (impact des céphalées)</translation>
    </message>
    <message>
        <source>Pain (0-10)</source>
        <translation>Douleur (0-10)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number for {measure}.</source>
        <translation>« {value} » n&apos;est pas un nombre pour {measure}.</translation>
    </message>
    <message>
        <source>{measure} must be between {low} and {high}; &apos;{value}&apos; is not.</source>
        <translation>{measure} doit être compris entre {low} et {high} ; « {value} » ne l&apos;est pas.</translation>
    </message>
    <message>
        <source>No baseline headache days recorded</source>
        <translation>Aucun nombre de jours de céphalée de référence enregistré</translation>
    </message>
    <message>
        <source>Baseline {baseline} headache days/month</source>
        <translation>Référence : {baseline} jours de céphalée par mois</translation>
    </message>
    <message>
        <source>{percent}% fewer headache days than baseline ({baseline} -&gt; {latest}) - responder</source>
        <translation>{percent} % de jours de céphalée en moins qu&apos;au départ ({baseline} -&gt; {latest}) - répondeur</translation>
    </message>
    <message>
        <source>{percent}% fewer headache days than baseline ({baseline} -&gt; {latest})</source>
        <translation>{percent} % de jours de céphalée en moins qu&apos;au départ ({baseline} -&gt; {latest})</translation>
    </message>
    <message>
        <source>Under 30% fewer headache days after {cycles} treatment cycles ({percent}%): NICE TA260 advises stopping</source>
        <translation>Moins de 30 % de jours de céphalée en moins après {cycles} cycles de traitement ({percent} %) : le NICE TA260 conseille d&apos;arrêter</translation>
    </message>
    <message>
        <source>Episodic for {months} months in a row (under {days} headache days a month): NICE TA260 advises stopping</source>
        <translation>Épisodique pendant {months} mois d&apos;affilée (moins de {days} jours de céphalée par mois) : le NICE TA260 conseille d&apos;arrêter</translation>
    </message>
    <message>
        <source>Baseline headache diary due</source>
        <translation>Journal des céphalées de référence à remplir</translation>
    </message>
    <message>
        <source>Headache diary due (none since {day})</source>
        <translation>Journal des céphalées à remplir (aucun depuis le {day})</translation>
    </message>
    <message>
        <source>The given name is missing.</source>
        <translation>Le prénom est manquant.</translation>
    </message>
    <message>
        <source>The family name is missing.</source>
        <translation>Le nom de famille est manquant.</translation>
    </message>
    <message>
        <source>The given name &apos;{name}&apos; has no letters.</source>
        <translation>Le prénom « {name} » ne contient aucune lettre.</translation>
    </message>
    <message>
        <source>The family name &apos;{name}&apos; has no letters.</source>
        <translation>Le nom de famille « {name} » ne contient aucune lettre.</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>nom de famille</translation>
    </message>
    <message>
        <source>The {what} is missing.</source>
        <translation>Donnée manquante : {what}.</translation>
    </message>
    <message>
        <source>The {what} &apos;{name}&apos; has no letters.</source>
        <translation>« {name} » ne contient aucune lettre ({what}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an email address.</source>
        <translation>« {value} » n&apos;est pas une adresse électronique.</translation>
    </message>
    <message>
        <source>The date of birth {day} is in the future.</source>
        <translation>La date de naissance {day} est dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth {day} is more than 125 years ago.</source>
        <translation>La date de naissance {day} remonte à plus de 125 ans.</translation>
    </message>
    <message>
        <source>Allergy: {substances}</source>
        <translation>Allergie : {substances}</translation>
    </message>
    <message>
        <source>Anticoagulant / bleeding risk: {risk}</source>
        <translation>Anticoagulant / risque hémorragique : {risk}</translation>
    </message>
    <message>
        <source>Anticoagulant / bleeding risk</source>
        <translation>Anticoagulant / risque hémorragique</translation>
    </message>
    <message>
        <source>Consent expired: {consents}</source>
        <translation>Consentement expiré : {consents}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number.</source>
        <translation>« {text} » n&apos;est pas un numéro de téléphone.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid phone number for {region}.</source>
        <translation>« {text} » n&apos;est pas un numéro de téléphone valide pour {region}.</translation>
    </message>
    <message>
        <source>At {weight} a muscle of {template} would get less than {step} U; enter the sites by hand.</source>
        <translation>À {weight}, un muscle de {template} recevrait moins de {step} U ; saisissez les points d&apos;injection à la main.</translation>
    </message>
    <message>
        <source>12-week interval</source>
        <translation>Intervalle de 12 semaines</translation>
    </message>
    <message>
        <source>400 U in 3 months</source>
        <translation>400 U en 3 mois</translation>
    </message>
    <message>
        <source>Expired lot</source>
        <translation>Lot expiré</translation>
    </message>
    <message>
        <source>Vial older than 24 hours</source>
        <translation>Flacon de plus de 24 heures</translation>
    </message>
    <message>
        <source>Another product</source>
        <translation>Autre produit</translation>
    </message>
    <message>
        <source>Unusual total</source>
        <translation>Total inhabituel</translation>
    </message>
    <message>
        <source>Charted in the future</source>
        <translation>Saisi dans le futur</translation>
    </message>
    <message>
        <source>Child&apos;s weight</source>
        <translation>Poids de l&apos;enfant</translation>
    </message>
    <message>
        <source>Child&apos;s dose per session</source>
        <translation>Dose de l&apos;enfant par séance</translation>
    </message>
    <message>
        <source>Child&apos;s dose in 3 months</source>
        <translation>Dose de l&apos;enfant sur 3 mois</translation>
    </message>
    <message>
        <source>No weight-based limit known</source>
        <translation>Aucune limite selon le poids connue</translation>
    </message>
    <message>
        <source>Only {days} day since the last toxin injection on {last}; the next is due on or after {safe} ({floor} days).</source>
        <translation>Seulement {days} jour depuis la dernière injection de toxine, le {last} ; la suivante est possible à partir du {safe} ({floor} jours).</translation>
    </message>
    <message>
        <source>Only {days} days since the last toxin injection on {last}; the next is due on or after {safe} ({floor} days).</source>
        <translation>Seulement {days} jours depuis la dernière injection de toxine, le {last} ; la suivante est possible à partir du {safe} ({floor} jours).</translation>
    </message>
    <message>
        <source>This would make {units} U of onabotulinumtoxinA between {first} and {last} (more than {limit} U in 3 months, all indications counted).</source>
        <translation>Cela ferait {units} U d&apos;onabotulinumtoxinA entre le {first} et le {last} (plus de {limit} U en 3 mois, toutes indications confondues).</translation>
    </message>
    <message>
        <source>Lot {lot} is {product}, not {planned}: units of different products cannot be mixed in one treatment.</source>
        <translation>Le lot {lot} contient {product}, et non {planned} : les unités de produits différents ne peuvent pas être mélangées dans un même traitement.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {day}; it cannot be used.</source>
        <translation>Le lot {lot} a expiré le {day} ; il ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>The vial opened at {opened} UTC would be used before it was reconstituted; a reconstituted vial must be used within 24 hours.</source>
        <translation>Le flacon ouvert le {opened} UTC serait utilisé avant sa reconstitution ; un flacon reconstitué doit être utilisé dans les 24 heures.</translation>
    </message>
    <message>
        <source>The vial opened at {opened} UTC would be used {hours} hours after it was reconstituted; a reconstituted vial must be used within 24 hours.</source>
        <translation>Le flacon ouvert le {opened} UTC serait utilisé {hours} heures après sa reconstitution ; un flacon reconstitué doit être utilisé dans les 24 heures.</translation>
    </message>
    <message>
        <source>The reconstituted vial is {product}, not {planned}.</source>
        <translation>Le flacon reconstitué contient {product}, et non {planned}.</translation>
    </message>
    <message>
        <source>{units} U is outside the usual {low}-{high} U of {product} for {indication}.</source>
        <translation>{units} U est en dehors de la plage habituelle de {low}-{high} U de {product} pour {indication}.</translation>
    </message>
    <message>
        <source>{per_kg} Units/kg or {most} Units, whichever is lower</source>
        <translation>{per_kg} unités/kg ou {most} unités, selon la valeur la plus basse</translation>
    </message>
    <message>
        <source>Under 18, doses are set by weight: a weight measured within {valid} days before {day} is needed. None is on record. Weigh the patient and record the weight first.</source>
        <extracomment>A product&apos;s limit for everything one child is given of it in one session, all limbs and indications together. [DYSPORT US] upper and lower limbs: 30 Units/kg or 1000 Units. A product&apos;s limit for a child in any 3-month window, all indications (counted like the adult 400 U window). [BOTOX LLS]: 10 Units/kg or 340 Units in a 3-month interval.</extracomment>
        <translation>Avant 18 ans, les doses sont fixées selon le poids : un poids mesuré dans les {valid} jours précédant le {day} est nécessaire. Aucun n&apos;est enregistré. Pesez le patient et enregistrez d&apos;abord son poids.</translation>
    </message>
    <message>
        <source>Under 18, doses are set by weight: a weight measured within {valid} days before {day} is needed. The last, {weight} on {weighed}, is {age} days old. Weigh the patient and record the weight first.</source>
        <translation>Avant 18 ans, les doses sont fixées selon le poids : un poids mesuré dans les {valid} jours précédant le {day} est nécessaire. Le dernier, {weight} le {weighed}, date de {age} jours. Pesez le patient et enregistrez d&apos;abord son poids.</translation>
    </message>
    <message>
        <source>No weight-based limit is known for {product} for {indication} in children (its label gives none), so none is applied: {units} U is {per_kg} at {weight}. Check the dose against the label.</source>
        <translation>Aucune limite selon le poids n&apos;est connue pour {product} dans l&apos;indication {indication} chez l&apos;enfant (sa notice n&apos;en donne aucune), donc aucune n&apos;est appliquée : {units} U font {per_kg} à {weight}. Vérifiez la dose avec la notice.</translation>
    </message>
    <message>
        <source>{units} U of {product} in one session (every limb and indication of {day}) is {per_kg} at {weight}: at most {limit} ({most} U).</source>
        <translation>{units} U de {product} en une séance (tous les membres et indications du {day}) font {per_kg} à {weight} : au plus {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U of {product} for {indication} (with {earlier} U charted earlier that day) is {per_kg} at {weight}: a child&apos;s session may have at most {limit} ({most} U).</source>
        <translation>{units} U de {product} pour {indication} (avec {earlier} U saisies plus tôt ce jour-là) font {per_kg} à {weight} : la séance d&apos;un enfant peut comporter au plus {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U of {product} for {indication} is {per_kg} at {weight}: a child&apos;s session may have at most {limit} ({most} U).</source>
        <translation>{units} U de {product} pour {indication} font {per_kg} à {weight} : la séance d&apos;un enfant peut comporter au plus {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U into the left limb is {per_kg} at {weight}: each limb may have at most {limit} ({most} U).</source>
        <translation>{units} U dans le membre gauche font {per_kg} à {weight} : chaque membre peut recevoir au plus {limit} ({most} U).</translation>
    </message>
    <message>
        <source>{units} U into the right limb is {per_kg} at {weight}: each limb may have at most {limit} ({most} U).</source>
        <translation>{units} U dans le membre droit font {per_kg} à {weight} : chaque membre peut recevoir au plus {limit} ({most} U).</translation>
    </message>
    <message>
        <source>This would make {units} U of {product} between {first} and {last}, {per_kg} at {weight}: a child may have at most {limit} ({most} U) in 3 months, all indications counted.</source>
        <translation>Cela ferait {units} U de {product} entre le {first} et le {last}, soit {per_kg} à {weight} : un enfant peut recevoir au plus {limit} ({most} U) en 3 mois, toutes indications confondues.</translation>
    </message>
    <message>
        <source>A treatment cannot be charted for a time later than now.</source>
        <translation>Un traitement ne peut pas être saisi pour une heure postérieure à maintenant.</translation>
    </message>
    <message>
        <source>There is no provider yet: add the clinic&apos;s first provider.</source>
        <translation>Il n&apos;y a pas encore de praticien : ajoutez le premier praticien de la clinique.</translation>
    </message>
    <message>
        <source>No provider has working hours yet: set their weekly hours.</source>
        <translation>Aucun praticien n&apos;a encore d&apos;horaires de travail : définissez ses horaires hebdomadaires.</translation>
    </message>
    <message>
        <source>There are no appointment types yet: add the clinic&apos;s types of visit.</source>
        <translation>Il n&apos;y a pas encore de types de rendez-vous : ajoutez les types de consultation de la clinique.</translation>
    </message>
    <message>
        <source>{types} needs a kind of room the clinic has not added yet: add the room.</source>
        <translation>{types} nécessite un type de salle que la clinique n&apos;a pas encore ajouté : ajoutez la salle.</translation>
    </message>
    <message>
        <source>{types} need a kind of room the clinic has not added yet: add the room.</source>
        <translation>{types} nécessitent un type de salle que la clinique n&apos;a pas encore ajouté : ajoutez la salle.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of days.</source>
        <translation>« {value} » n&apos;est pas un nombre de jours.</translation>
    </message>
    <message>
        <source>The follow-up lead time is 1 to {most} days before a patient is due, not {days}.</source>
        <translation>Le délai de suivi est de 1 à {most} jours avant l&apos;échéance du patient, pas {days}.</translation>
    </message>
    <message>
        <source>a treatment is charted and signed by the provider who gives it</source>
        <translation>un traitement est saisi et signé par le praticien qui l&apos;administre</translation>
    </message>
    <message>
        <source>A provider account is one provider: choose the provider record it belongs to ({rule}).</source>
        <translation>Un compte de praticien correspond à un praticien : choisissez la fiche de praticien à laquelle il appartient ({rule}).</translation>
    </message>
    <message>
        <source>Only a provider account is linked to a provider record; a {role} account is linked to nobody.</source>
        <translation>Seul un compte de praticien est lié à une fiche de praticien ; un compte {role} n&apos;est lié à personne.</translation>
    </message>
    <message>
        <source>Your account {account} is not linked to your provider record yet, so it cannot chart: {rule}. Ask a manager to link it (File &gt; Users…, or `users set {account} --provider ID`).</source>
        <translation>Votre compte {account} n&apos;est pas encore lié à votre fiche de praticien, il ne peut donc pas saisir de traitements : {rule}. Demandez à un gestionnaire de le lier (Fichier &gt; Utilisateurs…, ou `users set {account} --provider ID`).</translation>
    </message>
    <message>
        <source>You are signed in as {name}; {rule} (this one was given by {given_by}).</source>
        <translation>Vous êtes connecté en tant que {name} ; {rule} (celui-ci a été administré par {given_by}).</translation>
    </message>
    <message>
        <source>You are signed in as {name}; {rule}.</source>
        <translation>Vous êtes connecté en tant que {name} ; {rule}.</translation>
    </message>
    <message>
        <source>used up</source>
        <translation>épuisé</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>expires in {days} day</source>
        <translation>expire dans {days} jour</translation>
    </message>
    <message>
        <source>expires in {days} days</source>
        <translation>expire dans {days} jours</translation>
    </message>
    <message>
        <source>in stock</source>
        <translation>en stock</translation>
    </message>
    <message>
        <source>That lot expired on {day}; an expired lot cannot be used, so it is not added to the stock. Check the date on the box.</source>
        <translation>Ce lot a expiré le {day} ; un lot expiré ne peut pas être utilisé, il n&apos;est donc pas ajouté au stock. Vérifiez la date sur la boîte.</translation>
    </message>
    <message>
        <source>Give the number of vials to add (found) or take away (broken, lost, returned).</source>
        <translation>Indiquez le nombre de flacons à ajouter (retrouvés) ou à retirer (cassés, perdus, retournés).</translation>
    </message>
    <message>
        <source>An adjustment is at most {most} vials, not {vials}.</source>
        <translation>Un ajustement porte sur {most} flacons au plus, pas {vials}.</translation>
    </message>
    <message>
        <source>Say why the count changes (for example: vial broken, found in the count).</source>
        <translation>Indiquez pourquoi le compte change (par exemple : flacon cassé, retrouvé lors de l&apos;inventaire).</translation>
    </message>
    <message>
        <source>The reason is longer than {most} characters.</source>
        <translation>Le motif dépasse {most} caractères.</translation>
    </message>
    <message>
        <source>Lot {lot} has {left} vial left; {taken} cannot be taken away.</source>
        <translation>Il reste {left} flacon dans le lot {lot} ; impossible d&apos;en retirer {taken}.</translation>
    </message>
    <message>
        <source>Lot {lot} has {left} vials left; {taken} cannot be taken away.</source>
        <translation>Il reste {left} flacons dans le lot {lot} ; impossible d&apos;en retirer {taken}.</translation>
    </message>
    <message>
        <source>There is a NUL character in the {label} (an invisible zero byte, left by pasting from another program or by a damaged file); remove it and try again.</source>
        <translation>Le champ « {label} » contient un caractère NUL (un octet nul invisible, laissé par un copier-coller depuis un autre programme ou par un fichier endommagé) ; supprimez-le et réessayez.</translation>
    </message>
    <message>
        <source>The {label} can be at most {limit} characters.</source>
        <translation>Le champ « {label} » peut compter au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>That access token is not valid; create a new one with `users token create`.</source>
        <extracomment>What a refused token is told, whatever the reason it does not sign in (unknown, wrong secret): expired and revoked tokens are told so, since only their holder has them.</extracomment>
        <translation>Ce jeton d&apos;accès n&apos;est pas valide ; créez-en un nouveau avec `users token create`.</translation>
    </message>
    <message>
        <source>A token lasts 1 to {most} days; {days} is not possible.</source>
        <translation>Un jeton dure de 1 à {most} jours ; {days} n&apos;est pas possible.</translation>
    </message>
    <message>
        <source>units</source>
        <translation>unités</translation>
    </message>
    <message>
        <source>wasted units</source>
        <translation>unités perdues</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of {what}: write digits, with at most one decimal place (such as 2.5), from 0 to {most}.</source>
        <translation>« {value} » n&apos;est pas un nombre valide ({what}) : écrivez des chiffres, avec au plus une décimale (comme 2.5), de 0 à {most}.</translation>
    </message>
    <message>
        <source>{value} {what} is more than {most}; check the number.</source>
        <translation>{value} ({what}) dépasse {most} ; vérifiez le nombre.</translation>
    </message>
    <message>
        <source>The {what} can have at most one decimal place ({value}).</source>
        <translation>Le champ « {what} » peut avoir au plus une décimale ({value}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of units for {site}: write digits, with at most one decimal place (such as 2.5), more than 0 and at most {most}.</source>
        <translation>« {value} » n&apos;est pas un nombre d&apos;unités pour {site} : écrivez des chiffres, avec au plus une décimale (comme 2.5), plus de 0 et au plus {most}.</translation>
    </message>
    <message>
        <source>{value} units at {site} is more than {most}, the most one site takes; check the number.</source>
        <translation>{value} unités dans {site}, c&apos;est plus que {most}, le maximum pour un point d&apos;injection ; vérifiez le nombre.</translation>
    </message>
    <message>
        <source>The site {site} has 0 units: a site takes more than 0 and at most {most} units; leave out a site that was not injected.</source>
        <translation>Le point d&apos;injection {site} a 0 unité : un point reçoit plus de 0 et au plus {most} unités ; omettez un point qui n&apos;a pas été injecté.</translation>
    </message>
    <message>
        <source>units at {site}</source>
        <translation>unités dans {site}</translation>
    </message>
    <message>
        <source>The sites add up to {total} units, more than {most} in one treatment; check the units at each site.</source>
        <translation>Les points d&apos;injection totalisent {total} unités, plus de {most} pour un traitement ; vérifiez les unités de chaque point.</translation>
    </message>
    <message>
        <source>None (anatomical landmarks)</source>
        <translation>Aucun (repères anatomiques)</translation>
    </message>
    <message>
        <source>Ultrasound</source>
        <translation>Échographie</translation>
    </message>
    <message>
        <source>Electrical stimulation</source>
        <translation>Stimulation électrique</translation>
    </message>
    <message>
        <source>Cystoscopy</source>
        <translation>Cystoscopie</translation>
    </message>
    <message>
        <source>Each injection site needs a muscle or region.</source>
        <translation>Chaque point d&apos;injection doit avoir un muscle ou une région.</translation>
    </message>
    <message>
        <source>&apos;{units}&apos; is not a number of units ({muscle}).</source>
        <translation>« {units} » n&apos;est pas un nombre d&apos;unités ({muscle}).</translation>
    </message>
    <message>
        <source>{units} units at one site ({muscle}) is more than {most}.</source>
        <translation>{units} unités en un point d&apos;injection ({muscle}), c&apos;est plus que {most}.</translation>
    </message>
    <message>
        <source>{muscle}: the number of injection points must be 0 to {most}.</source>
        <translation>{muscle} : le nombre de piqûres doit être de 0 à {most}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a site. Write MUSCLE:SIDE:UNITS:POINTS, e.g. frontalis:bilateral:20:4.</source>
        <translation>« {text} » n&apos;est pas un point d&apos;injection. Écrivez MUSCLE:SIDE:UNITS:POINTS, par ex. frontalis:bilateral:20:4.</translation>
    </message>
    <message>
        <source>&apos;{side}&apos; in &apos;{text}&apos; is not a side. Sides: {sides}.</source>
        <translation>« {side} » dans « {text} » n&apos;est pas un côté. Côtés : {sides}.</translation>
    </message>
    <message>
        <source>&apos;{points}&apos; in &apos;{text}&apos; is not a number of injection points.</source>
        <translation>« {points} » dans « {text} » n&apos;est pas un nombre de piqûres.</translation>
    </message>
    <message>
        <source>The diluent volume must be more than 0 mL.</source>
        <translation>Le volume de diluant doit être supérieur à 0 mL.</translation>
    </message>
    <message>
        <source>the audit trail has no record of this account being made</source>
        <translation>le journal d&apos;audit n&apos;a aucune trace de la création de ce compte</translation>
    </message>
    <message>
        <source>its role is {role}, but its last audited change made it {audited}</source>
        <translation>son rôle est {role}, mais sa dernière modification auditée lui a donné le rôle {audited}</translation>
    </message>
    <message>
        <source>it is switched on, but its last audited change switched it off</source>
        <translation>il est activé, mais sa dernière modification auditée l&apos;a désactivé</translation>
    </message>
    <message>
        <source>it is switched off, but its last audited change switched it on</source>
        <translation>il est désactivé, mais sa dernière modification auditée l&apos;a activé</translation>
    </message>
    <message>
        <source>it is linked to provider {linked}, but its last audited change linked it to provider {given}</source>
        <translation>il est lié au praticien {linked}, mais sa dernière modification auditée l&apos;a lié au praticien {given}</translation>
    </message>
    <message>
        <source>it is linked to provider {linked}, but its last audited change linked it to no provider</source>
        <translation>il est lié au praticien {linked}, mais sa dernière modification auditée ne l&apos;a lié à aucun praticien</translation>
    </message>
    <message>
        <source>its password was changed outside the software</source>
        <translation>son mot de passe a été modifié en dehors du logiciel</translation>
    </message>
    <message>
        <source>A user needs a name to sign in with.</source>
        <translation>Un utilisateur doit avoir un nom pour se connecter.</translation>
    </message>
    <message>
        <source>A user name can have at most {most} characters.</source>
        <translation>Un nom d&apos;utilisateur peut compter au plus {most} caractères.</translation>
    </message>
    <message>
        <source>A user name cannot contain control characters.</source>
        <translation>Un nom d&apos;utilisateur ne peut pas contenir de caractères de contrôle.</translation>
    </message>
    <message>
        <source>A password needs at least {least} characters.</source>
        <translation>Un mot de passe doit compter au moins {least} caractères.</translation>
    </message>
    <message>
        <source>A password can have at most {most} characters.</source>
        <translation>Un mot de passe peut compter au plus {most} caractères.</translation>
    </message>
    <message>
        <source>A password cannot contain a NUL character.</source>
        <translation>Un mot de passe ne peut pas contenir de caractère NUL.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a role. Roles: {roles}.</source>
        <translation>« {text} » n&apos;est pas un rôle. Rôles : {roles}.</translation>
    </message>
    <message>
        <source>The idle lock is a whole number of minutes, such as 5.</source>
        <translation>Le verrouillage après inactivité est un nombre entier de minutes, comme 5.</translation>
    </message>
    <message>
        <source>The idle lock is between 1 and {most} minutes.</source>
        <translation>Le verrouillage après inactivité est compris entre 1 et {most} minutes.</translation>
    </message>
    <message>
        <source>lb (pounds)</source>
        <translation>lb (livres)</translation>
    </message>
    <message>
        <source>&apos;{unit}&apos; is not a unit of weight: use kg or lb.</source>
        <translation>« {unit} » n&apos;est pas une unité de poids : utilisez kg ou lb.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a weight: write digits, with at most two decimals (such as 19.5), in {unit}.</source>
        <translation>« {value} » n&apos;est pas un poids : écrivez des chiffres, avec au plus deux décimales (comme 19.5), en {unit}.</translation>
    </message>
    <message>
        <source>A weight has at most two decimals ({value} {unit}).</source>
        <translation>Un poids a au plus deux décimales ({value} {unit}).</translation>
    </message>
    <message>
        <source>{weight} is not a weight a person has (from {lightest} to {heaviest}); check the number and the unit.</source>
        <translation>{weight} n&apos;est pas un poids possible pour une personne (de {lightest} à {heaviest}) ; vérifiez le nombre et l&apos;unité.</translation>
    </message>
    <message>
        <source>A weight cannot be recorded for {day}, a day after today.</source>
        <translation>Un poids ne peut pas être enregistré pour le {day}, un jour postérieur à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>{day} is before the patient was born ({born}).</source>
        <translation>Le {day} est antérieur à la naissance du patient ({born}).</translation>
    </message>
    <message>
        <source>Choose at least one weekday.</source>
        <translation>Choisissez au moins un jour de la semaine.</translation>
    </message>
    <message>
        <source>{day} is not a weekday (0 is Monday, 6 is Sunday).</source>
        <translation>{day} n&apos;est pas un jour de la semaine (0 est lundi, 6 est dimanche).</translation>
    </message>
    <message>
        <source>{what} would leave 1 booking outside working hours: {listed}. Keep the hours as they are, or go ahead: the bookings then stay, marked as outside hours.</source>
        <translation>{what} laisserait 1 rendez-vous en dehors des horaires de travail : {listed}. Gardez les horaires tels quels, ou continuez : les rendez-vous restent alors, marqués comme hors horaires.</translation>
    </message>
    <message>
        <source>{what} would leave {count} bookings outside working hours: {listed}; and {more} more. Keep the hours as they are, or go ahead: the bookings then stay, marked as outside hours.</source>
        <translation>{what} laisserait {count} rendez-vous en dehors des horaires de travail : {listed} ; et {more} autres. Gardez les horaires tels quels, ou continuez : les rendez-vous restent alors, marqués comme hors horaires.</translation>
    </message>
    <message>
        <source>{what} would leave {count} bookings outside working hours: {listed}. Keep the hours as they are, or go ahead: the bookings then stay, marked as outside hours.</source>
        <translation>{what} laisserait {count} rendez-vous en dehors des horaires de travail : {listed}. Gardez les horaires tels quels, ou continuez : les rendez-vous restent alors, marqués comme hors horaires.</translation>
    </message>
    <message>
        <source>{what} must end on or after the day it starts.</source>
        <translation>{what} doit se terminer le jour de son début ou après.</translation>
    </message>
    <message>
        <source>{what} is at most a year long; enter longer absences year by year.</source>
        <translation>{what} dure au plus un an ; saisissez les absences plus longues année par année.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {entry}: {reason}</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;entrée {entry} : {reason}</translation>
    </message>
    <message>
        <source>The audit trail is intact: {count} entries verified.</source>
        <translation>Le journal d&apos;audit est intact : {count} entrées vérifiées.</translation>
    </message>
    <message>
        <source>Entries from {entry} on are signed with the clinic&apos;s audit key, which this computer does not have, so they cannot be checked here. {how}</source>
        <translation>Les entrées à partir de la {entry} sont signées avec la clé d&apos;audit de la clinique, que cet ordinateur n&apos;a pas : elles ne peuvent pas être vérifiées ici. {how}</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key was replaced at entry {entry} on {day} by {user} ({reason}); this computer still holds the key it replaced, so every entry sealed with it was checked.</source>
        <translation>La clé d&apos;audit de la clinique a été remplacée à l&apos;entrée {entry} le {day} par {user} ({reason}) ; cet ordinateur détient encore la clé remplacée, donc toutes les entrées scellées avec elle ont été vérifiées.</translation>
    </message>
    <message>
        <source>Entry {first} was sealed with a key replaced at entry {entry} on {day} by {user} ({reason}): their seals could not be checked; an anchor taken before then (audit verify --anchor) still proves they are unchanged.</source>
        <translation>L&apos;entrée {first} a été scellée avec une clé remplacée à l&apos;entrée {entry} le {day} par {user} ({reason}) : son sceau n&apos;a pas pu être vérifié ; une ancre prise auparavant (audit verify --anchor) prouve toujours qu&apos;elle n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>Entries {first}–{last} were sealed with a key replaced at entry {entry} on {day} by {user} ({reason}): their seals could not be checked; an anchor taken before then (audit verify --anchor) still proves they are unchanged.</source>
        <translation>Les entrées {first}–{last} ont été scellées avec une clé remplacée à l&apos;entrée {entry} le {day} par {user} ({reason}) : leurs sceaux n&apos;ont pas pu être vérifiés ; une ancre prise auparavant (audit verify --anchor) prouve toujours qu&apos;elles n&apos;ont pas changé.</translation>
    </message>
    <message>
        <source>it is missing (the trail ended at {verified}, but {written} entries were written).</source>
        <translation>elle manque (le journal s&apos;arrêtait à {verified}, mais {written} entrées ont été écrites).</translation>
    </message>
    <message>
        <source>its hash is not the one recorded as the last.</source>
        <translation>son empreinte n&apos;est pas celle enregistrée comme la dernière.</translation>
    </message>
    <message>
        <source>it is missing: the trail is empty, but the clinic has user accounts.</source>
        <translation>elle manque : le journal est vide, mais la clinique a des comptes d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>The account {name} (id {id}) differs from its last audited change (entry {entry}): {differences}. It was changed in the database behind the software&apos;s back.</source>
        <translation>Le compte {name} (id {id}) diffère de sa dernière modification auditée (entrée {entry}) : {differences}. Il a été modifié dans la base de données à l&apos;insu du logiciel.</translation>
    </message>
    <message>
        <source>The account {name} (id {id}) differs from its last audited change: {differences}. It was changed in the database behind the software&apos;s back.</source>
        <translation>Le compte {name} (id {id}) diffère de sa dernière modification auditée : {differences}. Il a été modifié dans la base de données à l&apos;insu du logiciel.</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key was just replaced at another workstation; nothing was changed here. {how}</source>
        <translation>La clé d&apos;audit de la clinique vient d&apos;être remplacée sur un autre poste ; rien n&apos;a été modifié ici. {how}</translation>
    </message>
    <message>
        <source>it is not the last entry recorded beside the trail.</source>
        <translation>ce n&apos;est pas la dernière entrée enregistrée à côté du journal.</translation>
    </message>
    <message>
        <source>The audit trail is broken at entry {entry}: {reason} The key is not replaced over a broken trail; nothing was changed. Restore the last good backup.</source>
        <translation>Le journal d&apos;audit est rompu à l&apos;entrée {entry} : {reason} La clé n&apos;est pas remplacée sur un journal rompu ; rien n&apos;a été modifié. Restaurez la dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <source>This clinic&apos;s audit trail has no key to replace; nothing was changed.</source>
        <translation>Le journal d&apos;audit de cette clinique n&apos;a pas de clé à remplacer ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This computer holds the clinic&apos;s audit key: it is not lost, so it was not replaced. Copy it to other workstations instead (`{app} audit key export FILE`).</source>
        <translation>Cet ordinateur détient la clé d&apos;audit de la clinique : elle n&apos;est pas perdue, elle n&apos;a donc pas été remplacée. Copiez-la plutôt sur les autres postes (`{app} audit key export FILE`).</translation>
    </message>
    <message>
        <source>This clinic&apos;s audit trail has no key yet: the first change saved makes one.</source>
        <translation>Le journal d&apos;audit de cette clinique n&apos;a pas encore de clé : la première modification enregistrée en crée une.</translation>
    </message>
    <message>
        <source>This clinic&apos;s audit trail has no key yet; there is nothing to import.</source>
        <translation>Le journal d&apos;audit de cette clinique n&apos;a pas encore de clé ; il n&apos;y a rien à importer.</translation>
    </message>
    <message>
        <source>{file} holds another clinic&apos;s audit key, not this clinic&apos;s.</source>
        <translation>{file} contient la clé d&apos;audit d&apos;une autre clinique, pas celle de cette clinique.</translation>
    </message>
    <message>
        <source>{file} does not sign this clinic&apos;s audit trail; it was not imported.</source>
        <translation>{file} ne signe pas le journal d&apos;audit de cette clinique ; il n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>Give the key file to import.</source>
        <translation>Indiquez le fichier de clé à importer.</translation>
    </message>
    <message>
        <source>A manager copies it from a workstation that has it: `{app} audit key export FILE` there, then `{app} --user NAME audit key import FILE` here.</source>
        <translation>Un responsable la copie depuis un poste qui la possède : `{app} audit key export FILE` là-bas, puis `{app} --user NAME audit key import FILE` ici.</translation>
    </message>
    <message>
        <source>If every copy of it is lost, a manager runs `{app} --user NAME audit key replace --reason TEXT` instead (docs/audit-key.md).</source>
        <translation>Si toutes ses copies sont perdues, un responsable lance plutôt `{app} --user NAME audit key replace --reason TEXT` (docs/audit-key.md).</translation>
    </message>
    <message>
        <source>The backup&apos;s audit trail is signed with a clinic key this computer does not hold (or its key records were changed), so nothing was restored. Import the key and restore again; if every copy of it is lost, restore with `--key-lost`, then a manager runs `{app} --user NAME audit key replace --reason TEXT` (docs/audit-key.md).</source>
        <translation>Le journal d&apos;audit de la sauvegarde est signé avec une clé de clinique que cet ordinateur ne détient pas (ou ses enregistrements de clé ont été modifiés) : rien n&apos;a été restauré. Importez la clé et restaurez à nouveau ; si toutes ses copies sont perdues, restaurez avec `--key-lost`, puis un responsable lance `{app} --user NAME audit key replace --reason TEXT` (docs/audit-key.md).</translation>
    </message>
    <message>
        <source>The audit trail&apos;s key records in the database were changed outside the software ({detail}), so nothing is saved. A manager runs `{app} audit verify` and restores the last good backup.</source>
        <translation>Les enregistrements de clé du journal d&apos;audit dans la base de données ont été modifiés en dehors du logiciel ({detail}) : rien n&apos;est enregistré. Un responsable lance `{app} audit verify` et restaure la dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <source>a key is named but not where it begins</source>
        <translation>une clé est indiquée, mais pas l&apos;endroit où elle commence</translation>
    </message>
    <message>
        <source>no key is named</source>
        <translation>aucune clé n&apos;est indiquée</translation>
    </message>
    <message>
        <source>This computer does not have the clinic&apos;s audit key, so nothing can be saved here. {how}</source>
        <translation>Cet ordinateur n&apos;a pas la clé d&apos;audit de la clinique : rien ne peut être enregistré ici. {how}</translation>
    </message>
    <message>
        <source>the database says its signed part begins at entry {database}, the key says entry {key}</source>
        <translation>la base de données indique que sa partie signée commence à l&apos;entrée {database}, la clé indique l&apos;entrée {key}</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key on this computer does not sign entry {entry} of the trail: the entry was changed, or the key file is another clinic&apos;s. Nothing is saved; a manager runs `{app} audit verify`.</source>
        <translation>La clé d&apos;audit de la clinique sur cet ordinateur ne signe pas l&apos;entrée {entry} du journal : l&apos;entrée a été modifiée, ou le fichier de clé est celui d&apos;une autre clinique. Rien n&apos;est enregistré ; un responsable lance `{app} audit verify`.</translation>
    </message>
    <message>
        <source>the database has no key records, yet this computer&apos;s key {path} was made for it and signs from entry {entry}</source>
        <translation>la base de données n&apos;a aucun enregistrement de clé, pourtant la clé {path} de cet ordinateur a été créée pour elle et signe à partir de l&apos;entrée {entry}</translation>
    </message>
    <message>
        <source>The clinic&apos;s audit key was replaced by {user} (audit entry {entry}), so nobody can sign in here until a manager imports the new key. {how}</source>
        <translation>La clé d&apos;audit de la clinique a été remplacée par {user} (entrée d&apos;audit {entry}) : personne ne peut se connecter ici tant qu&apos;un responsable n&apos;a pas importé la nouvelle clé. {how}</translation>
    </message>
    <message>
        <source>This computer does not have the clinic&apos;s audit key, so nobody can sign in here yet (a wrong password could not be recorded). {how} {if_lost}</source>
        <translation>Cet ordinateur n&apos;a pas la clé d&apos;audit de la clinique : personne ne peut encore se connecter ici (un mot de passe erroné ne pourrait pas être enregistré). {how} {if_lost}</translation>
    </message>
    <message>
        <source>The database says its audit trail is signed from entry {entry} on, but names no key: the key records were changed outside the software.</source>
        <translation>La base de données indique que son journal d&apos;audit est signé à partir de l&apos;entrée {entry}, mais n&apos;indique aucune clé : les enregistrements de clé ont été modifiés en dehors du logiciel.</translation>
    </message>
    <message>
        <source>The database&apos;s audit trail claims never to have been signed, but this computer holds the audit key made for it ({path}), which signs it from entry {entry} on: the key records were removed outside the software.</source>
        <translation>Le journal d&apos;audit de la base de données prétend n&apos;avoir jamais été signé, mais cet ordinateur détient la clé d&apos;audit créée pour lui ({path}), qui le signe à partir de l&apos;entrée {entry} : les enregistrements de clé ont été supprimés en dehors du logiciel.</translation>
    </message>
    <message>
        <source>The database names the clinic&apos;s audit key but not where its signed part begins: the key records were changed outside the software.</source>
        <translation>La base de données indique la clé d&apos;audit de la clinique, mais pas où commence sa partie signée : les enregistrements de clé ont été modifiés en dehors du logiciel.</translation>
    </message>
    <message>
        <source>The record of where the signed part of the audit trail begins was removed or changed: the database says entry {entry}, the clinic&apos;s audit key says entry {key}.</source>
        <translation>L&apos;enregistrement indiquant où commence la partie signée du journal d&apos;audit a été supprimé ou modifié : la base de données indique l&apos;entrée {entry}, la clé d&apos;audit de la clinique l&apos;entrée {key}.</translation>
    </message>
    <message>
        <source>The record of where the signed part of the audit trail begins was removed or changed: the database says nothing, the clinic&apos;s audit key says entry {key}.</source>
        <translation>L&apos;enregistrement indiquant où commence la partie signée du journal d&apos;audit a été supprimé ou modifié : la base de données n&apos;indique rien, la clé d&apos;audit de la clinique indique l&apos;entrée {key}.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the backup file to write.</source>
        <translation>{path} est un dossier ; indiquez le nom du fichier de sauvegarde à écrire.</translation>
    </message>
    <message>
        <source>The folder {path} does not exist.</source>
        <translation>Le dossier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {problem}.</source>
        <translation>Impossible d&apos;écrire {path} : {problem}.</translation>
    </message>
    <message>
        <source>The backup could not be written to {path}: {problem}.</source>
        <translation>La sauvegarde n&apos;a pas pu être écrite dans {path} : {problem}.</translation>
    </message>
    <message>
        <source>Nothing was restored: {problem} ({path}).</source>
        <translation>Rien n&apos;a été restauré : {problem} ({path}).</translation>
    </message>
    <message>
        <source>{file} is a PostgreSQL backup; this clinic database is a SQLite file. Restore it with --db pointing at the PostgreSQL database.</source>
        <translation>{file} est une sauvegarde PostgreSQL ; la base de données de cette clinique est un fichier SQLite. Restaurez-la avec --db pointant vers la base de données PostgreSQL.</translation>
    </message>
    <message>
        <source>{file} is a SQLite clinic database; this clinic is on PostgreSQL, which restores only its own backups (pg_dump custom format).</source>
        <translation>{file} est une base de données de clinique SQLite ; cette clinique est sur PostgreSQL, qui ne restaure que ses propres sauvegardes (format personnalisé de pg_dump).</translation>
    </message>
    <message>
        <source>This database lives only in memory; there is no file to back up.</source>
        <translation>Cette base de données n&apos;existe qu&apos;en mémoire ; il n&apos;y a aucun fichier à sauvegarder.</translation>
    </message>
    <message>
        <source>{path} is the database in use; you cannot restore from it.</source>
        <translation>{path} est la base de données utilisée ; vous ne pouvez pas restaurer à partir d&apos;elle.</translation>
    </message>
    <message>
        <source>{path} is the database in use; you cannot write the backup over it.</source>
        <translation>{path} est la base de données utilisée ; vous ne pouvez pas écrire la sauvegarde par-dessus.</translation>
    </message>
    <message>
        <source>The backup folder {path} could not be made: {problem}.</source>
        <translation>Le dossier de sauvegarde {path} n&apos;a pas pu être créé : {problem}.</translation>
    </message>
    <message>
        <source>The backup was restored but could not be upgraded to this version ({reason}); the previous database was put back.</source>
        <translation>La sauvegarde a été restaurée mais n&apos;a pas pu être mise à niveau vers cette version ({reason}) ; la base de données précédente a été remise en place.</translation>
    </message>
    <message>
        <source>The backup could not be upgraded to this version ({reason}); the database in use was not replaced.</source>
        <translation>La sauvegarde n&apos;a pas pu être mise à niveau vers cette version ({reason}) ; la base de données utilisée n&apos;a pas été remplacée.</translation>
    </message>
    <message>
        <source>Nobody is working</source>
        <translation>Personne ne travaille</translation>
    </message>
    <message>
        <source>Time off must end on or after the day it starts.</source>
        <translation>L&apos;absence doit se terminer le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>A closure must end on or after the day it starts.</source>
        <translation>Une fermeture doit se terminer le jour où elle commence ou après.</translation>
    </message>
    <message>
        <source>{time} is in the past; appointments are booked from now on.</source>
        <translation>{time} est passé ; les rendez-vous se prennent à partir de maintenant.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is merged; book the current record.</source>
        <translation>{name} ({mrn}) a été fusionné avec un autre dossier ; prenez le rendez-vous sur le dossier actuel.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is deceased; book the current record.</source>
        <translation>{name} ({mrn}) est décédé ; prenez le rendez-vous sur le dossier actuel.</translation>
    </message>
    <message>
        <source>{time} is in the past; move it to a later time.</source>
        <translation>{time} est passé ; déplacez-le à une heure ultérieure.</translation>
    </message>
    <message>
        <source>Appointment {id} is {status}; it cannot be moved.</source>
        <translation>Le rendez-vous {id} est {status} ; il ne peut pas être déplacé.</translation>
    </message>
    <message>
        <source>There is no room with id {id}.</source>
        <translation>Il n&apos;y a aucune salle avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>{type} needs a {kind} room; {room} is a {room_kind} room.</source>
        <translation>{type} nécessite une salle de type {kind} ; {room} est une salle de type {room_kind}.</translation>
    </message>
    <message>
        <source>{type} needs a {kind} room and the clinic has none.</source>
        <translation>{type} nécessite une salle de type {kind} et la clinique n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>Every {kind} room is taken at {time} on {day}.</source>
        <translation>Toutes les salles de type {kind} sont occupées à {time} le {day}.</translation>
    </message>
    <message>
        <source>{provider} already has {booking}.</source>
        <translation>{provider} a déjà un rendez-vous avec {booking}.</translation>
    </message>
    <message>
        <source>{room} is already taken: {provider} has {booking}.</source>
        <translation>{room} est déjà occupée : {provider} a un rendez-vous avec {booking}.</translation>
    </message>
    <message>
        <source>{start}-{end} on {day} is outside {provider}&apos;s working hours.</source>
        <translation>{start}-{end} le {day} est en dehors des heures de travail de {provider}.</translation>
    </message>
    <message>
        <source>The patient is also booked then: {booking}.</source>
        <translation>Le patient a aussi un rendez-vous à ce moment-là : {booking}.</translation>
    </message>
    <message>
        <source>{reasons} Give an override reason to book it anyway.</source>
        <translation>{reasons} Indiquez un motif de dérogation pour prendre le rendez-vous malgré tout.</translation>
    </message>
    <message>
        <source>There is no provider with id {id}.</source>
        <translation>Il n&apos;y a aucun praticien avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>{count} expected</source>
        <translation>{count} attendus</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} en attente</translation>
    </message>
    <message>
        <source>{count} in room</source>
        <translation>{count} en salle</translation>
    </message>
    <message>
        <source>{count} done</source>
        <translation>{count} terminés</translation>
    </message>
    <message>
        <source>{count} appointment</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} annulés</translation>
    </message>
    <message>
        <source>Say why the appointments are cancelled (for the record and the recall list).</source>
        <translation>Indiquez pourquoi les rendez-vous sont annulés (pour le dossier et la liste des rappels).</translation>
    </message>
    <message>
        <source>Say why the appointment is cancelled (for the record and the recall list).</source>
        <translation>Indiquez pourquoi le rendez-vous est annulé (pour le dossier et la liste des rappels).</translation>
    </message>
    <message>
        <source>{room} is in use: {provider} has {booking}.</source>
        <translation>{room} est utilisée : {provider} a un rendez-vous avec {booking}.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>There is no appointment type called &apos;{name}&apos;. Types: {types}.</source>
        <translation>Il n&apos;y a aucun type de rendez-vous appelé « {name} ». Types : {types}.</translation>
    </message>
    <message>
        <source>There is no appointment with id {id}.</source>
        <translation>Il n&apos;y a aucun rendez-vous avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>{patient} with {provider} at {start}-{end} on {day}</source>
        <translation>{patient} avec {provider} de {start} à {end} le {day}</translation>
    </message>
    <message>
        <source>{patient} at {start}-{end} on {day}</source>
        <translation>{patient} de {start} à {end} le {day}</translation>
    </message>
    <message>
        <source>The latest date must be on or after the earliest date.</source>
        <translation>La date au plus tard doit être égale ou postérieure à la date au plus tôt.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is merged; add the current record.</source>
        <translation>{name} ({mrn}) a été fusionné avec un autre dossier ; ajoutez le dossier actuel.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) is deceased; add the current record.</source>
        <translation>{name} ({mrn}) est décédé ; ajoutez le dossier actuel.</translation>
    </message>
    <message>
        <source>{name} is no longer on the waiting list.</source>
        <translation>{name} n&apos;est plus sur la liste d&apos;attente.</translation>
    </message>
    <message>
        <source>The measure needs a label.</source>
        <translation>La mesure a besoin d&apos;un libellé.</translation>
    </message>
    <message>
        <source>A measure&apos;s lowest value must be below its highest.</source>
        <translation>La valeur la plus basse d&apos;une mesure doit être inférieure à la plus haute.</translation>
    </message>
    <message>
        <source>{count} score of {measure} lie between {low} and {high}; the range must still hold them.</source>
        <translation>{count} score de {measure} se situe entre {low} et {high} ; la plage doit toujours l&apos;inclure.</translation>
    </message>
    <message>
        <source>{count} scores of {measure} lie between {low} and {high}; the range must still hold them.</source>
        <translation>{count} scores de {measure} se situent entre {low} et {high} ; la plage doit toujours les inclure.</translation>
    </message>
    <message>
        <source>{count} score of {measure} are recorded, so the measure stays; change its label instead.</source>
        <translation>{count} score de {measure} est enregistré : la mesure est conservée ; modifiez plutôt son libellé.</translation>
    </message>
    <message>
        <source>{count} scores of {measure} are recorded, so the measure stays; change its label instead.</source>
        <translation>{count} scores de {measure} sont enregistrés : la mesure est conservée ; modifiez plutôt son libellé.</translation>
    </message>
    <message>
        <source>{code} is a built-in measure; it cannot be changed.</source>
        <translation>{code} est une mesure intégrée ; elle ne peut pas être modifiée.</translation>
    </message>
    <message>
        <source>There is no clinic measure &apos;{code}&apos;.</source>
        <translation>Il n&apos;y a aucune mesure de la clinique « {code} ».</translation>
    </message>
    <message>
        <source>{host}:{port} ({security}, as {user}), from {sender}</source>
        <translation>{host}:{port} ({security}, en tant que {user}), depuis {sender}</translation>
    </message>
    <message>
        <source>{host}:{port} ({security}), from {sender}</source>
        <translation>{host}:{port} ({security}), depuis {sender}</translation>
    </message>
    <message>
        <source>{url}, as {user}</source>
        <translation>{url}, en tant que {user}</translation>
    </message>
    <message>
        <source>&apos;{host}&apos; is not a mail server&apos;s name.</source>
        <translation>« {host} » n&apos;est pas le nom d&apos;un serveur de messagerie.</translation>
    </message>
    <message>
        <source>&apos;{security}&apos; is not a kind of connection: use none, starttls or tls.</source>
        <translation>« {security} » n&apos;est pas un type de connexion : utilisez none, starttls ou tls.</translation>
    </message>
    <message>
        <source>{port} is not a port number (1 to 65535).</source>
        <translation>{port} n&apos;est pas un numéro de port (de 1 à 65535).</translation>
    </message>
    <message>
        <source>Say which address the emails come from (--from).</source>
        <translation>Indiquez l&apos;adresse d&apos;où partent les courriels (--from).</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a web address of a text-message gateway (https://...).</source>
        <translation>« {url} » n&apos;est pas l&apos;adresse web d&apos;une passerelle SMS (https://...).</translation>
    </message>
    <message>
        <source>The gateway&apos;s address must start with https:// (its password would otherwise cross the network readable); plain http is allowed only to this computer.</source>
        <translation>L&apos;adresse de la passerelle doit commencer par https:// (sinon son mot de passe traverserait le réseau en clair) ; le http simple n&apos;est autorisé que vers cet ordinateur.</translation>
    </message>
    <message>
        <source>The gateway&apos;s body template must hold $to and $text (and may hold $from and $key); it has ${field}.</source>
        <translation>Le modèle du corps de la passerelle doit contenir $to et $text (et peut contenir $from et $key) ; il contient ${field}.</translation>
    </message>
    <message>
        <source>The gateway&apos;s body template must hold $to and $text (and may hold $from and $key).</source>
        <translation>Le modèle du corps de la passerelle doit contenir $to et $text (et peut contenir $from et $key).</translation>
    </message>
    <message>
        <source>the mail server {host}:{port}</source>
        <translation>le serveur de messagerie {host}:{port}</translation>
    </message>
    <message>
        <source>The email channel has no password on this computer for {user}: set it with `messages channel email ...` and CLINIC_CHANNEL_PASSWORD.</source>
        <translation>Le canal de courriel n&apos;a pas de mot de passe sur cet ordinateur pour {user} : indiquez-le avec `messages channel email ...` et CLINIC_CHANNEL_PASSWORD.</translation>
    </message>
    <message>
        <source>{server} refused the user name or password ({answer}). Nothing was sent; the messages wait. Set the right ones with `messages channel email` (the password in CLINIC_CHANNEL_PASSWORD).</source>
        <translation>{server} a refusé le nom d&apos;utilisateur ou le mot de passe ({answer}). Rien n&apos;a été envoyé ; les messages attendent. Indiquez les bons avec `messages channel email` (le mot de passe dans CLINIC_CHANNEL_PASSWORD).</translation>
    </message>
    <message>
        <source>{server} does not offer what the channel is set up to use ({problem}); check its security (none, starttls, tls) and whether it wants a user name.</source>
        <translation>{server} ne propose pas ce que le canal est configuré pour utiliser ({problem}) ; vérifiez sa sécurité (none, starttls, tls) et s&apos;il demande un nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>{server}&apos;s certificate could not be verified ({problem}); nothing was sent. Check the server&apos;s name.</source>
        <translation>Le certificat de {server} n&apos;a pas pu être vérifié ({problem}) ; rien n&apos;a été envoyé. Vérifiez le nom du serveur.</translation>
    </message>
    <message>
        <source>{server} could not be used securely ({problem}).</source>
        <translation>{server} n&apos;a pas pu être utilisé de façon sécurisée ({problem}).</translation>
    </message>
    <message>
        <source>There is no mail server called {host}.</source>
        <translation>Il n&apos;y a aucun serveur de messagerie appelé {host}.</translation>
    </message>
    <message>
        <source>{server} refused the sender address {sender} ({answer}).</source>
        <translation>{server} a refusé l&apos;adresse d&apos;expéditeur {sender} ({answer}).</translation>
    </message>
    <message>
        <source>The text-message channel has no password on this computer for {user}: set it with `messages channel sms ...` and CLINIC_CHANNEL_PASSWORD.</source>
        <translation>Le canal SMS n&apos;a pas de mot de passe sur cet ordinateur pour {user} : indiquez-le avec `messages channel sms ...` et CLINIC_CHANNEL_PASSWORD.</translation>
    </message>
    <message>
        <source>The text-message gateway ({host}) refused the credentials ({detail}). Nothing was sent; the messages wait. Set the right ones with `messages channel sms` (the password in CLINIC_CHANNEL_PASSWORD).</source>
        <translation>La passerelle SMS ({host}) a refusé les identifiants ({detail}). Rien n&apos;a été envoyé ; les messages attendent. Indiquez les bons avec `messages channel sms` (le mot de passe dans CLINIC_CHANNEL_PASSWORD).</translation>
    </message>
    <message>
        <source>The text-message gateway&apos;s certificate ({host}) could not be verified; nothing was sent.</source>
        <translation>Le certificat de la passerelle SMS ({host}) n&apos;a pas pu être vérifié ; rien n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>There is no text-message gateway at {host}.</source>
        <translation>Il n&apos;y a aucune passerelle SMS à l&apos;adresse {host}.</translation>
    </message>
    <message>
        <source>Unknown setting &apos;{key}&apos;. Settings: {known}.</source>
        <translation>Réglage inconnu « {key} ». Réglages : {known}.</translation>
    </message>
    <message>
        <source>Schema version is {version}, expected {expected}.</source>
        <translation>La version du schéma est {version}, {expected} était attendue.</translation>
    </message>
    <message>
        <source>Appointments {first} and {second} double-book the same provider.</source>
        <translation>Les rendez-vous {first} et {second} réservent deux fois le même praticien.</translation>
    </message>
    <message>
        <source>Appointments {first} and {second} double-book the same room.</source>
        <translation>Les rendez-vous {first} et {second} réservent deux fois la même salle.</translation>
    </message>
    <message>
        <source>Sign in first: the window is locked or nobody is signed in.</source>
        <translation>Connectez-vous d&apos;abord : la fenêtre est verrouillée ou personne n&apos;est connecté.</translation>
    </message>
    <message>
        <source>The range of dates ends ({last}) before it starts ({first}). Give the earlier date first.</source>
        <translation>La période se termine ({last}) avant de commencer ({first}). Indiquez d&apos;abord la date la plus ancienne.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the file to write.</source>
        <translation>{path} est un dossier ; indiquez le nom du fichier à écrire.</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentement expiré</translation>
    </message>
    <message>
        <source>Weigh before treatment: under 18, no weight within {days} days (none on record)</source>
        <translation>Peser avant le traitement : moins de 18 ans, aucun poids dans les {days} derniers jours (aucun enregistré)</translation>
    </message>
    <message>
        <source>Weigh before treatment: under 18, no weight within {days} days (last {weight} on {day})</source>
        <translation>Peser avant le traitement : moins de 18 ans, aucun poids dans les {days} derniers jours (dernier : {weight} le {day})</translation>
    </message>
    <message>
        <source>&apos;{names}&apos; is not a way to show names: use full or initials.</source>
        <translation>« {names} » n&apos;est pas une façon d&apos;afficher les noms : utilisez full ou initials.</translation>
    </message>
    <message>
        <source>{refusal} Print the reception list instead: it has the phone numbers and no clinical alerts.</source>
        <translation>{refusal} Imprimez plutôt la liste de l&apos;accueil : elle contient les numéros de téléphone et aucune alerte clinique.</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Allergy: {allergies}</source>
        <translation>Allergie : {allergies}</translation>
    </message>
    <message>
        <source>Anticoagulant: {risk}</source>
        <translation>Sous anticoagulant : {risk}</translation>
    </message>
    <message>
        <source>Anticoagulant</source>
        <translation>Sous anticoagulant</translation>
    </message>
    <message>
        <source>The demo clinic needs at least 1 patient, 1 provider and 1 year.</source>
        <extracomment>The demo&apos;s sign-in accounts, one per role, all with the password the demo is given.</extracomment>
        <translation>La clinique de démonstration nécessite au moins 1 patient, 1 praticien et 1 an.</translation>
    </message>
    <message>
        <source>The demo clinic is limited to 50 providers, 1,000,000 patients, 20 years.</source>
        <translation>La clinique de démonstration est limitée à 50 praticiens, 1 000 000 de patients et 20 ans.</translation>
    </message>
    <message>
        <source>This database already holds a clinic; the demo only fills an empty database. Give another --db path.</source>
        <translation>Cette base de données contient déjà une clinique ; la démonstration ne remplit qu&apos;une base vide. Indiquez un autre chemin --db.</translation>
    </message>
    <message>
        <source>Give the patient&apos;s MRN.</source>
        <extracomment>Every stored table that holds a part of one patient&apos;s record, and what carries it in the Bundle. Tables that hang off a patient but hold no part of the record: the software&apos;s own workings.</extracomment>
        <translation>Indiquez le numéro de dossier du patient.</translation>
    </message>
    <message>
        <source>There is no patient with the MRN {mrn}.</source>
        <translation>Il n&apos;y a aucun patient avec le numéro de dossier {mrn}.</translation>
    </message>
    <message>
        <source>Cannot create the folder {path}: {problem}.</source>
        <translation>Impossible de créer le dossier {path} : {problem}.</translation>
    </message>
    <message>
        <source>{path} is not a folder.</source>
        <translation>{path} n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot write to {path}: {problem}.</source>
        <translation>Impossible d&apos;écrire dans {path} : {problem}.</translation>
    </message>
    <message>
        <source>That slot was just taken. {clash} Next proposal: {proposal}.</source>
        <translation>Ce créneau vient d&apos;être pris. {clash} Proposition suivante : {proposal}.</translation>
    </message>
    <message>
        <source>That slot was just taken. {clash}</source>
        <translation>Ce créneau vient d&apos;être pris. {clash}</translation>
    </message>
    <message>
        <source>There is no free slot to propose in the next 90 days.</source>
        <translation>Il n&apos;y a aucun créneau libre à proposer dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>There are {count} proposals; choose 1 to {count}.</source>
        <translation>Il y a {count} propositions ; choisissez de 1 à {count}.</translation>
    </message>
    <message>
        <source>The clinic has no review appointment type: add one called Review (not a treatment).</source>
        <translation>La clinique n&apos;a aucun type de rendez-vous de contrôle : ajoutez-en un appelé Review (qui ne soit pas un traitement).</translation>
    </message>
    <message>
        <source>{name} has no {indication} treatment to review.</source>
        <translation>{name} n&apos;a aucun traitement de {indication} à revoir.</translation>
    </message>
    <message>
        <source>There is no free {type} slot in the next 90 days.</source>
        <translation>Il n&apos;y a aucun créneau libre de {type} dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>{when} with {provider}</source>
        <translation>{when} avec {provider}</translation>
    </message>
    <message>
        <source>&apos;{kind}&apos; is not a recall note: use {kinds}.</source>
        <translation>« {kind} » n&apos;est pas une note de rappel : utilisez {kinds}.</translation>
    </message>
    <message>
        <source>Snooze until a date after today.</source>
        <translation>Reportez à une date postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Saving {new} new patient and {changed} changed…</source>
        <extracomment>Progress for the person waiting: a sentence such as &quot;Checking line 40,000 of 100,000…&quot;.</extracomment>
        <translation>Enregistrement de {new} nouveau patient et de {changed} modifiés…</translation>
    </message>
    <message>
        <source>Saving {new} new patients and {changed} changed…</source>
        <translation>Enregistrement de {new} nouveaux patients et de {changed} modifiés…</translation>
    </message>
    <message>
        <source>Saving {new} new patient…</source>
        <translation>Enregistrement de {new} nouveau patient…</translation>
    </message>
    <message>
        <source>Saving {new} new patients…</source>
        <translation>Enregistrement de {new} nouveaux patients…</translation>
    </message>
    <message>
        <source>Saving {changed} changed…</source>
        <translation>Enregistrement de {changed} modifiés…</translation>
    </message>
    <message>
        <source>Making the new patients searchable: {done} of {total}…</source>
        <translation>Indexation des nouveaux patients pour la recherche : {done} sur {total}…</translation>
    </message>
    <message>
        <source>{name} has no email address: add it first.</source>
        <translation>{name} n&apos;a pas d&apos;adresse électronique : ajoutez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>{name} has no phone number: add it first.</source>
        <translation>{name} n&apos;a pas de numéro de téléphone : ajoutez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>No patient has the address {sender}.</source>
        <translation>Aucun patient n&apos;a l&apos;adresse {sender}.</translation>
    </message>
    <message>
        <source>No patient has the number {sender}.</source>
        <translation>Aucun patient n&apos;a le numéro {sender}.</translation>
    </message>
    <message>
        <source>Opted out of emails: patient {patients}.</source>
        <translation>Désinscription des courriels : patient {patients}.</translation>
    </message>
    <message>
        <source>Opted out of text messages: patient {patients}.</source>
        <translation>Désinscription des SMS : patient {patients}.</translation>
    </message>
    <message>
        <source>The reply is in the patient&apos;s contact log for reception.</source>
        <translation>La réponse figure dans le journal des contacts du patient pour l&apos;accueil.</translation>
    </message>
    <message>
        <source>The time offered was taken meanwhile; the patient needs a call. {refusal}</source>
        <translation>L&apos;horaire proposé a été pris entre-temps ; il faut appeler le patient. {refusal}</translation>
    </message>
    <message>
        <source>Booked appointment {appointment} for patient {patient} from their reply.</source>
        <translation>Rendez-vous {appointment} pris pour le patient {patient} à partir de sa réponse.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>en cours d&apos;envoi</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Message {id} is {state}; only a failed message can be tried again.</source>
        <translation>Le message {id} est {state} ; seul un message en échec peut être renvoyé.</translation>
    </message>
    <message>
        <source>Message {id} is {state}; only a queued or failed message can be cancelled.</source>
        <translation>Le message {id} est {state} ; seul un message en file d&apos;attente ou en échec peut être annulé.</translation>
    </message>
    <message>
        <source>Emails are not set up, so they wait: set up the channel with `messages channel email ...` (a manager).</source>
        <translation>Les courriels ne sont pas configurés : ils attendent. Configurez le canal avec `messages channel email ...` (un responsable).</translation>
    </message>
    <message>
        <source>Text messages are not set up, so they wait: set up the channel with `messages channel sms ...` (a manager).</source>
        <translation>Les SMS ne sont pas configurés : ils attendent. Configurez le canal avec `messages channel sms ...` (un responsable).</translation>
    </message>
    <message>
        <source>Emails cannot be sent from here.</source>
        <translation>Les courriels ne peuvent pas être envoyés d&apos;ici.</translation>
    </message>
    <message>
        <source>Text messages cannot be sent from here.</source>
        <translation>Les SMS ne peuvent pas être envoyés d&apos;ici.</translation>
    </message>
    <message>
        <source>Name the substance the patient is allergic to.</source>
        <translation>Indiquez la substance à laquelle le patient est allergique.</translation>
    </message>
    <message>
        <source>Name the medication.</source>
        <translation>Indiquez le médicament.</translation>
    </message>
    <message>
        <source>Say what the consent is for.</source>
        <translation>Indiquez l&apos;objet du consentement.</translation>
    </message>
    <message>
        <source>A consent cannot be signed in the future.</source>
        <translation>Un consentement ne peut pas être signé dans le futur.</translation>
    </message>
    <message>
        <source>A consent must expire after the day it was signed.</source>
        <translation>Un consentement doit expirer après le jour de sa signature.</translation>
    </message>
    <message>
        <source>{mrn} was merged into another record; weigh that record instead.</source>
        <translation>{mrn} a été fusionné avec un autre dossier ; enregistrez le poids sur ce dossier-là.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a contact method.</source>
        <translation>« {method} » n&apos;est pas un moyen de contact.</translation>
    </message>
    <message>
        <source>Write what was said or sent.</source>
        <translation>Écrivez ce qui a été dit ou envoyé.</translation>
    </message>
    <message>
        <source>MRN</source>
        <extracomment>The columns of an export, and the fields an import understands (the JSON field names). What a receptionist sees for each field (the GUI&apos;s mapping table, messages): marked for the catalogues (domain/words.py), so the window shows them with ``shown(Text(label))``.</extracomment>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Id externe</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Contact préféré</translation>
    </message>
    <message>
        <source>Preferred times</source>
        <translation>Horaires préférés</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Contact d&apos;urgence</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médecin adresseur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Bleeding risk</source>
        <translation>Risque hémorragique</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The patients were saved, but some of them cannot be found by a search until the clinic is next opened.</source>
        <extracomment>A new patient cannot be registered without these. Common spellings of the columns in other systems&apos; exports, used only when no column carries the field&apos;s own name (so a file with both `phone` and `mobile` keeps `phone` for the phone).</extracomment>
        <translation>Les patients ont été enregistrés, mais certains ne pourront être trouvés par une recherche qu&apos;à la prochaine ouverture de la clinique.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>The column &apos;{column}&apos; is not a patient field; it was ignored.</source>
        <translation>La colonne « {column} » n&apos;est pas un champ du patient ; elle a été ignorée.</translation>
    </message>
    <message>
        <source>A column with no name was ignored.</source>
        <translation>Une colonne sans nom a été ignorée.</translation>
    </message>
    <message>
        <source>&apos;{field}&apos; is not a patient field.</source>
        <translation>« {field} » n&apos;est pas un champ du patient.</translation>
    </message>
    <message>
        <source>The file has no column number {number}.</source>
        <translation>Le fichier n&apos;a pas de colonne numéro {number}.</translation>
    </message>
    <message>
        <source>The file has no column &apos;{column}&apos;; its columns are {columns}.</source>
        <translation>Le fichier n&apos;a pas de colonne « {column} » ; ses colonnes sont {columns}.</translation>
    </message>
    <message>
        <source>{file} is not UTF-8 text (line {line} has a character that is not). Save it as &apos;CSV UTF-8&apos; and import it again.</source>
        <translation>{file} n&apos;est pas du texte UTF-8 (la ligne {line} contient un caractère qui ne l&apos;est pas). Enregistrez-le au format « CSV UTF-8 » et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>{file} is empty.</source>
        <translation>{file} est vide.</translation>
    </message>
    <message>
        <source>{file} cannot be read from line {line} on ({problem}); check the quotes on that line.</source>
        <translation>{file} ne peut pas être lu à partir de la ligne {line} ({problem}) ; vérifiez les guillemets de cette ligne.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <extracomment>An import reads every patient once up front (~50 µs a patient) when the file has at least 1/preload_ratio as many lines as the clinic has patients; below that, asking the database line by line (a few ms a line) is cheaper. A dry run always reads up front.</extracomment>
        <translation>Le fichier {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a CSV file.</source>
        <translation>{path} est un dossier, pas un fichier CSV.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {problem}.</source>
        <translation>Impossible de lire {path} : {problem}.</translation>
    </message>
    <message>
        <source>{file} has no column for the {fields} (its columns are {columns}). Name the columns mrn, given_name, family_name, date_of_birth, phone, email, ... or choose them in the import window.</source>
        <translation>{file} n&apos;a pas de colonne pour : {fields} (ses colonnes sont {columns}). Nommez les colonnes mrn, given_name, family_name, date_of_birth, phone, email, ... ou choisissez-les dans la fenêtre d&apos;importation.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>&apos;{status}&apos; is not a patient status: use active, inactive or deceased.</source>
        <translation>« {status} » n&apos;est pas un statut de patient : utilisez active, inactive ou deceased.</translation>
    </message>
    <message>
        <source>Patients were changed at another workstation meanwhile: checking again…</source>
        <translation>Des patients ont été modifiés sur un autre poste entre-temps : nouvelle vérification…</translation>
    </message>
    <message>
        <source>Other workstations kept registering or changing patients while the file was being checked ({times} times), so nothing was imported. Import the file again.</source>
        <translation>D&apos;autres postes ont continué d&apos;enregistrer ou de modifier des patients pendant la vérification du fichier ({times} fois) : rien n&apos;a été importé. Importez le fichier à nouveau.</translation>
    </message>
    <message>
        <source>Checking the file: {done} of {total} lines…</source>
        <translation>Vérification du fichier : {done} lignes sur {total}…</translation>
    </message>
    <message>
        <source>MRN {mrn} is already on line {line} of this file.</source>
        <translation>Le numéro de dossier {mrn} figure déjà à la ligne {line} de ce fichier.</translation>
    </message>
    <message>
        <source>External id {id} is already on line {line} of this file.</source>
        <translation>L&apos;id externe {id} figure déjà à la ligne {line} de ce fichier.</translation>
    </message>
    <message>
        <source>This line has {cells} cells but the header has {columns} columns; a cell may hold an unquoted separator.</source>
        <translation>Cette ligne a {cells} cellules mais l&apos;en-tête a {columns} colonnes ; une cellule contient peut-être un séparateur sans guillemets.</translation>
    </message>
    <message>
        <source>&apos;{mrn}&apos; is not an MRN: one word of at most {limit} characters.</source>
        <translation>« {mrn} » n&apos;est pas un numéro de dossier : un seul mot d&apos;au plus {limit} caractères.</translation>
    </message>
    <message>
        <source>The external id is longer than {limit} characters.</source>
        <translation>L&apos;id externe dépasse {limit} caractères.</translation>
    </message>
    <message>
        <source>MRN {mrn} is not in this clinic; the line was matched by external id {id} to {matched}, who keeps that MRN.</source>
        <translation>Le numéro de dossier {mrn} n&apos;existe pas dans cette clinique ; la ligne a été associée par l&apos;id externe {id} à {matched}, qui garde son numéro.</translation>
    </message>
    <message>
        <source>Possibly the same person as {people}.</source>
        <translation>Peut-être la même personne que {people}.</translation>
    </message>
    <message>
        <source>{mrn} is {given} {family}, born {born}: the name and date of birth on this line are both different. Check the MRN.</source>
        <translation>{mrn} est {given} {family}, né(e) le {born} : le nom et la date de naissance de cette ligne sont tous deux différents. Vérifiez le numéro de dossier.</translation>
    </message>
    <message>
        <source>{mrn} is {given} {family}, born {born}: the name and date of birth on this line are both different. Check the external id.</source>
        <translation>{mrn} est {given} {family}, né(e) le {born} : le nom et la date de naissance de cette ligne sont tous deux différents. Vérifiez l&apos;id externe.</translation>
    </message>
    <message>
        <source>The external id {id} already belongs to {mrn}.</source>
        <translation>L&apos;id externe {id} appartient déjà à {mrn}.</translation>
    </message>
    <message>
        <source>The line has no MRN; it was matched to {mrn} by name and date of birth, and that record was updated.</source>
        <translation>La ligne n&apos;a pas de numéro de dossier ; elle a été associée à {mrn} par le nom et la date de naissance, et ce dossier a été mis à jour.</translation>
    </message>
    <message>
        <source>line {line} ({given} {family}, born {born})</source>
        <translation>ligne {line} ({given} {family}, né(e) le {born})</translation>
    </message>
    <message>
        <source>{mrn} ({given} {family}, born {born})</source>
        <translation>{mrn} ({given} {family}, né(e) le {born})</translation>
    </message>
    <message>
        <source>{count} patients are called {given} {family} and born {born} ({mrns}); add the MRN to this line to say which.</source>
        <translation>{count} patients s&apos;appellent {given} {family} et sont nés le {born} ({mrns}) ; ajoutez le numéro de dossier à cette ligne pour indiquer lequel.</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <source>MRN {mrn} was merged into {survivor}; use {survivor} instead.</source>
        <translation>Le dossier {mrn} a été fusionné avec {survivor} ; utilisez plutôt {survivor}.</translation>
    </message>
    <message>
        <source>MRN {mrn} was just given to the new patient on line {line}; give this line another MRN or leave its MRN empty.</source>
        <translation>Le numéro de dossier {mrn} vient d&apos;être attribué au nouveau patient de la ligne {line} ; donnez un autre numéro à cette ligne ou laissez-le vide.</translation>
    </message>
    <message>
        <source>Line {line} has the same name and date of birth; if these are two people, give each line an MRN or external id.</source>
        <translation>La ligne {line} a le même nom et la même date de naissance ; s&apos;il s&apos;agit de deux personnes, donnez à chaque ligne un numéro de dossier ou un id externe.</translation>
    </message>
    <message>
        <source>Line {line} already changes this patient ({mrn}).</source>
        <translation>La ligne {line} modifie déjà ce patient ({mrn}).</translation>
    </message>
    <message>
        <source>column &apos;{column}&apos;</source>
        <translation>colonne « {column} »</translation>
    </message>
    <message>
        <source>Cannot sort patients by {sort}.</source>
        <translation>Impossible de trier les patients par {sort}.</translation>
    </message>
    <message>
        <source>The date of birth is missing.</source>
        <translation>La date de naissance manque.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date of birth. Write it as 1980-04-02 or {example}.</source>
        <translation>« {value} » n&apos;est pas une date de naissance. Écrivez-la sous la forme 1980-04-02 ou {example}.</translation>
    </message>
    <message>
        <source>&apos;{language}&apos; is not a language code; use two letters such as en, es or fr, or leave it blank.</source>
        <translation>« {language} » n&apos;est pas un code de langue ; utilisez deux lettres comme en, es ou fr, ou laissez vide.</translation>
    </message>
    <message>
        <source>&apos;{sex}&apos; is not a sex this record knows: female, male, other or blank.</source>
        <translation>« {sex} » n&apos;est pas un sexe connu de ce dossier : female, male, other ou vide.</translation>
    </message>
    <message>
        <source>&apos;{method}&apos; is not a contact method: use {methods}.</source>
        <translation>« {method} » n&apos;est pas un moyen de contact : utilisez {methods}.</translation>
    </message>
    <message>
        <source>Email is the preferred contact but no email address is given.</source>
        <translation>Le courriel est le contact préféré, mais aucune adresse électronique n&apos;est indiquée.</translation>
    </message>
    <message>
        <source>The MRN {mrn} already belongs to another patient.</source>
        <translation>Le numéro de dossier {mrn} appartient déjà à un autre patient.</translation>
    </message>
    <message>
        <source>The external id {id} already belongs to another patient.</source>
        <translation>L&apos;id externe {id} appartient déjà à un autre patient.</translation>
    </message>
    <message>
        <source>{mrn} was merged into another record; change that record instead.</source>
        <translation>{mrn} a été fusionné avec un autre dossier ; modifiez plutôt ce dossier-là.</translation>
    </message>
    <message>
        <source>A record cannot be merged into itself.</source>
        <translation>Un dossier ne peut pas être fusionné avec lui-même.</translation>
    </message>
    <message>
        <source>{mrn} has already been merged into another record.</source>
        <translation>{mrn} a déjà été fusionné avec un autre dossier.</translation>
    </message>
    <message>
        <source>Held for the patient: their recall invitation offers it</source>
        <translation>Réservé pour le patient : son invitation de rappel le lui propose</translation>
    </message>
    <message>
        <source>the child&apos;s limit for 3 months</source>
        <translation>la limite de l&apos;enfant sur 3 mois</translation>
    </message>
    <message>
        <source>400 U of onabotulinumtoxinA in 3 months</source>
        <translation>400 U d&apos;onabotulinumtoxinA en 3 mois</translation>
    </message>
    <message>
        <source>Not before {day}: {units} U sooner would pass {limit}</source>
        <translation>Pas avant le {day} : {units} U plus tôt dépasseraient {limit}</translation>
    </message>
    <message>
        <source>Planned dose as last time, lower it at the visit: {finding}</source>
        <translation>Dose prévue identique à la dernière fois ; réduisez-la lors de la visite : {finding}</translation>
    </message>
    <message>
        <source>Weigh at the visit: a child&apos;s dose needs a weight from the last 90 days; the last ({weight}) was on {day}</source>
        <translation>Peser lors de la visite : la dose d&apos;un enfant nécessite un poids des 90 derniers jours ; le dernier ({weight}) date du {day}</translation>
    </message>
    <message>
        <source>Weigh at the visit: a child&apos;s dose needs a weight from the last 90 days; none is on record</source>
        <translation>Peser lors de la visite : la dose d&apos;un enfant nécessite un poids des 90 derniers jours ; aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <source>Consent expired: renew it before booking treatment</source>
        <translation>Consentement expiré : renouvelez-le avant de prendre rendez-vous pour le traitement</translation>
    </message>
    <message>
        <source>Review with provider before rebooking</source>
        <translation>Revoir avec le praticien avant de reprendre rendez-vous</translation>
    </message>
    <message>
        <source>Review with provider: {reason}</source>
        <translation>Revoir avec le praticien : {reason}</translation>
    </message>
    <message>
        <source>Invited on {day}: {note}</source>
        <translation>Invité le {day} : {note}</translation>
    </message>
    <message>
        <source>{kind} on {day} ({by}) until {until}</source>
        <translation>{kind} le {day} ({by}) jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>{kind} on {day} ({by})</source>
        <translation>{kind} le {day} ({by})</translation>
    </message>
    <message>
        <source>{kind} on {day} until {until}</source>
        <translation>{kind} le {day} jusqu&apos;au {until}</translation>
    </message>
    <message>
        <source>{kind} on {day}</source>
        <translation>{kind} le {day}</translation>
    </message>
    <message>
        <source>There is no patient with id {id}.</source>
        <translation>Il n&apos;y a aucun patient avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>{name} has no treatment yet: there is nothing to follow up.</source>
        <translation>{name} n&apos;a encore aucun traitement : il n&apos;y a rien à suivre.</translation>
    </message>
    <message>
        <source>{name} has no toxin treatment yet.</source>
        <translation>{name} n&apos;a encore aucun traitement par toxine.</translation>
    </message>
    <message>
        <source>{name} has no {indication} treatment yet.</source>
        <translation>{name} n&apos;a encore aucun traitement de {indication}.</translation>
    </message>
    <message>
        <source>No appointment type books a {indication} treatment; add one first.</source>
        <translation>Aucun type de rendez-vous ne correspond à un traitement de {indication} ; ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>{count} slot(s) left out: the planned dose would pass {limit}</source>
        <translation>{count} créneau(x) écarté(s) : la dose prévue dépasserait {limit}</translation>
    </message>
    <message>
        <source>No active provider treats {indication}.</source>
        <translation>Aucun praticien actif ne traite {indication}.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total général</translation>
    </message>
    <message>
        <source>Treatments per indication per month</source>
        <translation>Traitements par indication et par mois</translation>
    </message>
    <message>
        <source>Units used per product and lot</source>
        <translation>Unités utilisées par produit et par lot</translation>
    </message>
    <message>
        <source>Waste: JW units and JZ treatments</source>
        <translation>Pertes : unités JW et traitements JZ</translation>
    </message>
    <message>
        <source>No-shows and cancellations per provider</source>
        <translation>Absences et annulations par praticien</translation>
    </message>
    <message>
        <source>Recall conversion</source>
        <translation>Conversion des rappels</translation>
    </message>
    <message>
        <source>Responder rates per indication</source>
        <translation>Taux de répondeurs par indication</translation>
    </message>
    <message>
        <source>{first} to {last} · {provider}</source>
        <translation>Du {first} au {last} · {provider}</translation>
    </message>
    <message>
        <source>Nothing to show for this range.</source>
        <translation>Rien à afficher pour cette période.</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>{count} treatment</source>
        <translation>{count} traitement</translation>
    </message>
    <message>
        <source>{count} treatments</source>
        <translation>{count} traitements</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>No treatments were charted in this range.</source>
        <translation>Aucun traitement n&apos;a été saisi sur cette période.</translation>
    </message>
    <message>
        <source>{product}: {given} U given, {wasted} U wasted</source>
        <translation>{product} : {given} U administrées, {wasted} U perdues</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>N° de lot</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Péremption</translation>
    </message>
    <message>
        <source>Units given</source>
        <translation>Unités administrées</translation>
    </message>
    <message>
        <source>Units wasted</source>
        <translation>Unités perdues</translation>
    </message>
    <message>
        <source>Units drawn</source>
        <translation>Unités prélevées</translation>
    </message>
    <message>
        <source>All lots</source>
        <translation>Tous les lots</translation>
    </message>
    <message>
        <source>Units of {product}</source>
        <translation>Unités de {product}</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Administrées</translation>
    </message>
    <message>
        <source>Wasted</source>
        <translation>Perdues</translation>
    </message>
    <message>
        <source>No units were charted in this range.</source>
        <translation>Aucune unité n&apos;a été saisie sur cette période.</translation>
    </message>
    <message>
        <source>{product}: {units} U wasted (JW) on {jw} treatments, {jz} JZ</source>
        <translation>{product} : {units} U perdues (JW) sur {jw} traitements, {jz} JZ</translation>
    </message>
    <message>
        <source>JW treatments</source>
        <translation>Traitements JW</translation>
    </message>
    <message>
        <source>JW units wasted</source>
        <translation>Unités JW perdues</translation>
    </message>
    <message>
        <source>JZ treatments</source>
        <translation>Traitements JZ</translation>
    </message>
    <message>
        <source>JZ share</source>
        <translation>Part JZ</translation>
    </message>
    <message>
        <source>No waste was recorded in this range (every treatment JZ, or none charted).</source>
        <translation>Aucune perte n&apos;a été enregistrée sur cette période (tous les traitements en JZ, ou aucun saisi).</translation>
    </message>
    <message>
        <source>{count} appointments: {cancelled} cancelled, {missed} no-shows</source>
        <translation>{count} rendez-vous : {cancelled} annulés, {missed} non honorés</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Cancellation rate</source>
        <translation>Taux d&apos;annulation</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Non honorés</translation>
    </message>
    <message>
        <source>No-show rate</source>
        <translation>Taux de rendez-vous non honorés</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Share of appointments</source>
        <translation>Part des rendez-vous</translation>
    </message>
    <message>
        <source>No appointments in this range.</source>
        <translation>Aucun rendez-vous sur cette période.</translation>
    </message>
    <message>
        <source>{proposed} proposals, {booked} booked ({share})</source>
        <translation>{proposed} propositions, {booked} réservées ({share})</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication thérapeutique</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>Not booked</source>
        <translation>Non réservées</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>All indications</source>
        <translation>Toutes les indications</translation>
    </message>
    <message>
        <source>Follow-up proposals</source>
        <translation>Propositions de suivi</translation>
    </message>
    <message>
        <source>No follow-up proposals were made in this range.</source>
        <translation>Aucune proposition de suivi n&apos;a été faite sur cette période.</translation>
    </message>
    <message>
        <source>No measure</source>
        <translation>Aucune mesure</translation>
    </message>
    <message>
        <source>{indication}: {rate} responders ({responders} of {assessed})</source>
        <translation>{indication} : {rate} de répondeurs ({responders} sur {assessed})</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Patients treated</source>
        <translation>Patients traités</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Évalués</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Répondeurs</translation>
    </message>
    <message>
        <source>Responder rate</source>
        <translation>Taux de répondeurs</translation>
    </message>
    <message>
        <source>Responders (50% or more better than baseline)</source>
        <translation>Répondeurs (amélioration de 50 % ou plus par rapport à l&apos;état initial)</translation>
    </message>
    <message>
        <source>No patient treated in this range has a baseline and a later score.</source>
        <translation>Aucun patient traité sur cette période n&apos;a un score initial et un score ultérieur.</translation>
    </message>
    <message>
        <source>The range starts ({first}) after it ends ({last}).</source>
        <translation>La période commence ({first}) après sa fin ({last}).</translation>
    </message>
    <message>
        <source>Choose a range of ten years or less.</source>
        <translation>Choisissez une période de dix ans ou moins.</translation>
    </message>
    <message>
        <source>{provider} has {count} booking to come (the first {when} with {patient}). Move or cancel them before switching the provider off.</source>
        <translation>{provider} a {count} rendez-vous à venir (le premier le {when} avec {patient}). Déplacez-le ou annulez-le avant de désactiver le praticien.</translation>
    </message>
    <message>
        <source>{provider} has {count} bookings to come (the first {when} with {patient}). Move or cancel them before switching the provider off.</source>
        <translation>{provider} a {count} rendez-vous à venir (le premier le {when} avec {patient}). Déplacez-les ou annulez-les avant de désactiver le praticien.</translation>
    </message>
    <message>
        <source>{name} has {count} booking on record, so it stays; rename it or change its kind instead.</source>
        <translation>{name} a {count} rendez-vous enregistré : elle est conservée ; renommez-la ou changez plutôt son type.</translation>
    </message>
    <message>
        <source>{name} has {count} bookings on record, so it stays; rename it or change its kind instead.</source>
        <translation>{name} a {count} rendez-vous enregistrés : elle est conservée ; renommez-la ou changez plutôt son type.</translation>
    </message>
    <message>
        <source>A toxin treatment type needs the indication it treats.</source>
        <translation>Un type de traitement par toxine doit indiquer l&apos;indication qu&apos;il traite.</translation>
    </message>
    <message>
        <source>{name} has {count} booking on record, so it stays; rename or change it instead.</source>
        <translation>{name} a {count} rendez-vous enregistré : il est conservé ; renommez-le ou modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>{name} has {count} bookings on record, so it stays; rename or change it instead.</source>
        <translation>{name} a {count} rendez-vous enregistrés : il est conservé ; renommez-le ou modifiez-le plutôt.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is not one of the suggested appointment types.</source>
        <translation>« {name} » ne fait pas partie des types de rendez-vous proposés.</translation>
    </message>
    <message>
        <source>Tick the appointment types to add.</source>
        <translation>Cochez les types de rendez-vous à ajouter.</translation>
    </message>
    <message>
        <source>Lot {lot} has just been used at another workstation and has {left} vial left; {vials} cannot be taken away.</source>
        <translation>Le lot {lot} vient d&apos;être utilisé sur un autre poste et il lui reste {left} flacon ; impossible d&apos;en retirer {vials}.</translation>
    </message>
    <message>
        <source>Lot {lot} has just been used at another workstation and has {left} vials left; {vials} cannot be taken away.</source>
        <translation>Le lot {lot} vient d&apos;être utilisé sur un autre poste et il lui reste {left} flacons ; impossible d&apos;en retirer {vials}.</translation>
    </message>
    <message>
        <source>Name the account the token is for (--user NAME).</source>
        <translation>Indiquez le compte auquel le jeton est destiné (--user NAME).</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off; it cannot have a token.</source>
        <translation>Le compte de {name} est désactivé ; il ne peut pas avoir de jeton.</translation>
    </message>
    <message>
        <source>There is no access token with id {id}.</source>
        <translation>Il n&apos;y a aucun jeton d&apos;accès avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>That access token was revoked on {when}; create a new one with `users token create`.</source>
        <translation>Ce jeton d&apos;accès a été révoqué le {when} ; créez-en un nouveau avec `users token create`.</translation>
    </message>
    <message>
        <source>That access token expired on {when}; create a new one with `users token create`.</source>
        <translation>Ce jeton d&apos;accès a expiré le {when} ; créez-en un nouveau avec `users token create`.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off. A manager can switch it on again.</source>
        <translation>Le compte de {name} est désactivé. Un responsable peut le réactiver.</translation>
    </message>
    <message>
        <source>&apos;{lot}&apos; is not a lot number (letters, digits, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;, up to 40).</source>
        <translation>« {lot} » n&apos;est pas un numéro de lot (lettres, chiffres, &apos;.&apos;, &apos;/&apos;, &apos;-&apos;, jusqu&apos;à 40).</translation>
    </message>
    <message>
        <source>A lot needs at least one vial.</source>
        <translation>Un lot doit comporter au moins un flacon.</translation>
    </message>
    <message>
        <source>{product} comes in vials of {sizes} units, not {size}.</source>
        <translation>{product} se présente en flacons de {sizes} unités, pas de {size}.</translation>
    </message>
    <message>
        <source>Lot {lot} of {product} is already in stock.</source>
        <translation>Le lot {lot} de {product} est déjà en stock.</translation>
    </message>
    <message>
        <source>Lot {lot} expired on {day}; it cannot be opened.</source>
        <translation>Le lot {lot} a expiré le {day} ; il ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>{ml} mL of diluent is not a volume a vial takes (0.1 to 20 mL).</source>
        <translation>{ml} mL de diluant n&apos;est pas un volume qu&apos;accepte un flacon (de 0,1 à 20 mL).</translation>
    </message>
    <message>
        <source>The {template} template sets the units from the weight, and no weight measured within {days} days before {day} is on record. Weigh the patient first (patients weight ID --kg N).</source>
        <translation>Le modèle {template} calcule les unités à partir du poids, et aucun poids mesuré dans les {days} jours précédant le {day} n&apos;est enregistré. Pesez d&apos;abord le patient (patients weight ID --kg N).</translation>
    </message>
    <message>
        <source>There is no protocol called &apos;{name}&apos;. Protocols: {known}.</source>
        <translation>Il n&apos;y a aucun protocole appelé « {name} ». Protocoles : {known}.</translation>
    </message>
    <message>
        <source>The protocol needs a name.</source>
        <translation>Le protocole a besoin d&apos;un nom.</translation>
    </message>
    <message>
        <source>A protocol needs at least one site.</source>
        <translation>Un protocole doit comporter au moins un point d&apos;injection.</translation>
    </message>
    <message>
        <source>There is already a protocol called &apos;{name}&apos;.</source>
        <translation>Il existe déjà un protocole appelé « {name} ».</translation>
    </message>
    <message>
        <source>There is already a protocol called &apos;{name}&apos; (for children).</source>
        <translation>Il existe déjà un protocole appelé « {name} » (pour les enfants).</translation>
    </message>
    <message>
        <source>There is no clinic protocol with id {id}.</source>
        <translation>Il n&apos;y a aucun protocole de la clinique avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>Unknown measure &apos;{code}&apos;. Measures: {known}.</source>
        <translation>Mesure inconnue « {code} ». Mesures : {known}.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a measure code (lowercase letters, digits, _).</source>
        <translation>« {code} » n&apos;est pas un code de mesure (minuscules, chiffres, _).</translation>
    </message>
    <message>
        <source>There is already a measure &apos;{code}&apos;.</source>
        <translation>Il existe déjà une mesure « {code} ».</translation>
    </message>
    <message>
        <source>{name} has a toxin treatment booked on {other}, only {days} day after {day}; treatments are at least {floor} days apart.</source>
        <translation>{name} a un traitement par toxine prévu le {other}, seulement {days} jour après le {day} ; les traitements sont espacés d&apos;au moins {floor} jours.</translation>
    </message>
    <message>
        <source>{name} has a toxin treatment booked on {other}, only {days} days after {day}; treatments are at least {floor} days apart.</source>
        <translation>{name} a un traitement par toxine prévu le {other}, seulement {days} jours après le {day} ; les traitements sont espacés d&apos;au moins {floor} jours.</translation>
    </message>
    <message>
        <source>{name} has a toxin treatment booked on {other}; the first safe day for the next is {safe}.</source>
        <translation>{name} a un traitement par toxine prévu le {other} ; le premier jour sûr pour le suivant est le {safe}.</translation>
    </message>
    <message>
        <source>{name}&apos;s last toxin injection was on {other}; the first safe day for the next is {safe}.</source>
        <translation>La dernière injection de toxine de {name} date du {other} ; le premier jour sûr pour la suivante est le {safe}.</translation>
    </message>
    <message>
        <source>Too early: treatment booked {other}, safe from {safe}</source>
        <translation>Trop tôt : traitement prévu le {other}, sans risque à partir du {safe}</translation>
    </message>
    <message>
        <source>Too early: last dose {other}, safe from {safe}</source>
        <translation>Trop tôt : dernière dose le {other}, sans risque à partir du {safe}</translation>
    </message>
    <message>
        <source>The dose planned ({units} U, as at {name}&apos;s last {indication} treatment): {finding}</source>
        <translation>La dose prévue ({units} U, comme lors du dernier traitement de {indication} de {name}) : {finding}</translation>
    </message>
    <message>
        <source>{findings} Give an override reason to record it anyway.</source>
        <translation>{findings} Indiquez un motif de dérogation pour l&apos;enregistrer malgré tout.</translation>
    </message>
    <message>
        <source>There is no lot {lot} in stock. Add it first (lots add).</source>
        <translation>Il n&apos;y a aucun lot {lot} en stock. Ajoutez-le d&apos;abord (lots add).</translation>
    </message>
    <message>
        <source>Lot {lot} is {product}, not {wanted}: units of different products cannot be mixed.</source>
        <translation>Le lot {lot} est du {product}, pas du {wanted} : les unités de produits différents ne peuvent pas être mélangées.</translation>
    </message>
    <message>
        <source>A treatment needs at least one injection site.</source>
        <translation>Un traitement doit comporter au moins un point d&apos;injection.</translation>
    </message>
    <message>
        <source>The sites add up to 0 units; enter the units given at each site.</source>
        <translation>Les points totalisent 0 unité ; saisissez les unités administrées à chaque point.</translation>
    </message>
    <message>
        <source>Lot {lot} had {left} vial(s) left on record; check the stock count.</source>
        <translation>D&apos;après le registre, il restait {left} flacon(s) au lot {lot} ; vérifiez l&apos;inventaire.</translation>
    </message>
    <message>
        <source>Treatment {id} was already signed by {name}.</source>
        <translation>Le traitement {id} a déjà été signé par {name}.</translation>
    </message>
    <message>
        <source>These cannot be amended: {fields}.</source>
        <translation>Ces éléments ne peuvent pas être rectifiés : {fields}.</translation>
    </message>
    <message>
        <source>An amendment needs a reason.</source>
        <translation>Une rectification nécessite un motif.</translation>
    </message>
    <message>
        <source>A treatment is supervised by someone other than the provider who gives it; leave &apos;supervised by&apos; empty when nobody supervised.</source>
        <translation>Un traitement est supervisé par une autre personne que le praticien qui l&apos;administre ; laissez « supervisé par » vide si personne n&apos;a supervisé.</translation>
    </message>
    <message>
        <source>Say what the adverse event was.</source>
        <translation>Indiquez quel a été l&apos;événement indésirable.</translation>
    </message>
    <message>
        <source>An adverse event cannot resolve before its onset.</source>
        <translation>Un événement indésirable ne peut pas se résoudre avant son début.</translation>
    </message>
    <message>
        <source>An adverse event cannot begin before the treatment.</source>
        <translation>Un événement indésirable ne peut pas commencer avant le traitement.</translation>
    </message>
    <message>
        <source>An outcome score cannot be recorded for a date after today.</source>
        <translation>Un score de résultat ne peut pas être enregistré à une date postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This clinic already has user accounts; a manager adds new ones.</source>
        <translation>Cette clinique a déjà des comptes d&apos;utilisateur ; un responsable en ajoute de nouveaux.</translation>
    </message>
    <message>
        <source>This clinic has no user accounts yet. Create the manager account first (clinic-desktop init --manager NAME).</source>
        <translation>Cette clinique n&apos;a encore aucun compte d&apos;utilisateur. Créez d&apos;abord le compte responsable (clinic-desktop init --manager NAME).</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is locked after {count} wrong passwords, until {until}. A manager can unlock it sooner.</source>
        <translation>Le compte de {name} est verrouillé après {count} mots de passe erronés, jusqu&apos;à {until}. Un responsable peut le déverrouiller plus tôt.</translation>
    </message>
    <message>
        <source>{name}&apos;s account was changed outside the software ({differences}), so it cannot sign in. A manager checks the audit trail (clinic-desktop audit verify) and sets the account right (users set, users passwd).</source>
        <translation>Le compte de {name} a été modifié en dehors du logiciel ({differences}) : il ne peut pas se connecter. Un responsable vérifie le journal d&apos;audit (clinic-desktop audit verify) et corrige le compte (users set, users passwd).</translation>
    </message>
    <message>
        <source>{name} is switched off; an account cannot be linked to them.</source>
        <translation>{name} est désactivé ; aucun compte ne peut lui être lié.</translation>
    </message>
    <message>
        <source>{provider} already has the account {account}; one provider is one active account (switch that one off first).</source>
        <translation>{provider} a déjà le compte {account} ; un praticien n&apos;a qu&apos;un seul compte actif (désactivez d&apos;abord celui-là).</translation>
    </message>
    <message>
        <source>{name} is the clinic&apos;s only manager; make another manager first.</source>
        <translation>{name} est le seul responsable de la clinique ; désignez d&apos;abord un autre responsable.</translation>
    </message>
    <message>
        <source>There is no user called {name}.</source>
        <translation>Il n&apos;y a aucun utilisateur appelé {name}.</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>Connectez-vous d&apos;abord.</translation>
    </message>
    <message>
        <source>The current password is wrong; the password was not changed.</source>
        <translation>Le mot de passe actuel est erroné ; le mot de passe n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>non travaillé</translation>
    </message>
    <message>
        <source>{provider}&apos;s hours ({days} {hours} from {since})</source>
        <translation>Les horaires de {provider} ({days} {hours} à partir du {since})</translation>
    </message>
    <message>
        <source>{provider}&apos;s hours ({days} {hours})</source>
        <translation>Les horaires de {provider} ({days} {hours})</translation>
    </message>
    <message>
        <source>{day} has passed; an extra session is for a day to come.</source>
        <translation>Le {day} est passé ; une séance supplémentaire concerne un jour à venir.</translation>
    </message>
    <message>
        <source>There is already an extra session {block} on {day}; change that one.</source>
        <translation>Il y a déjà une séance supplémentaire {block} le {day} ; modifiez celle-là.</translation>
    </message>
    <message>
        <source>Removing {provider}&apos;s extra session {block} on {day}</source>
        <translation>La suppression de la séance supplémentaire {block} de {provider} le {day}</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>L&apos;absence</translation>
    </message>
    <message>
        <source>{provider}&apos;s time off on {day}</source>
        <translation>L&apos;absence de {provider} le {day}</translation>
    </message>
    <message>
        <source>{provider}&apos;s time off from {first} to {last}</source>
        <translation>L&apos;absence de {provider} du {first} au {last}</translation>
    </message>
    <message>
        <source>A closure</source>
        <translation>Une fermeture</translation>
    </message>
    <message>
        <source>Closing the clinic on {day}</source>
        <translation>La fermeture de la clinique le {day}</translation>
    </message>
    <message>
        <source>Closing the clinic from {first} to {last}</source>
        <translation>La fermeture de la clinique du {first} au {last}</translation>
    </message>
    <message>
        <source>{patient} {start}-{end} with {provider}</source>
        <translation>{patient} {start}-{end} avec {provider}</translation>
    </message>
    <message>
        <source>There is no user with id {id}.</source>
        <extracomment>The columns of an entry, in _entry&apos;s order (read straight from the cursor: a trail is long).</extracomment>
        <translation>Il n&apos;y a aucun utilisateur avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>There is already a user called {name}.</source>
        <translation>Il existe déjà un utilisateur appelé {name}.</translation>
    </message>
    <message>
        <source>Provider record {id} was just linked to another active account; one provider is at most one active account.</source>
        <translation>La fiche de praticien {id} vient d&apos;être liée à un autre compte actif ; un praticien a au plus un compte actif.</translation>
    </message>
    <message>
        <source>The audit key file {path} cannot be read: {problem}.</source>
        <translation>Le fichier de clé d&apos;audit {path} ne peut pas être lu : {problem}.</translation>
    </message>
    <message>
        <source>{message} It may be damaged: put back the copy kept with the backups (clinic-desktop audit key import FILE).</source>
        <translation>{message} Il est peut-être endommagé : remettez la copie conservée avec les sauvegardes (clinic-desktop audit key import FILE).</translation>
    </message>
    <message>
        <source>The audit key file {path} holds another clinic&apos;s key ({clinic}).</source>
        <translation>Le fichier de clé d&apos;audit {path} contient la clé d&apos;une autre clinique ({clinic}).</translation>
    </message>
    <message>
        <source>{path} already exists; name a new file for the key.</source>
        <translation>{path} existe déjà ; indiquez un nouveau fichier pour la clé.</translation>
    </message>
    <message>
        <source>The key could not be written to {path}: {problem}.</source>
        <translation>La clé n&apos;a pas pu être écrite dans {path} : {problem}.</translation>
    </message>
    <message>
        <source>The key file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de clé {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>{name} could not be read as a PostgreSQL backup ({reason})</source>
        <extracomment>restore_sqlite&apos;s ``prepare``: given the staged copy (the models bound to it) and its schema version. restore_postgresql&apos;s ``seal``: given the archive&apos;s audit head, schema version and database_info (key to value: its audit key records among them), the entry to add, or the statements to run instead (the restore&apos;s record kept beside the trail while its key is lost: AuditRecords).</extracomment>
        <translation>{name} n&apos;a pas pu être lu comme une sauvegarde PostgreSQL ({reason})</translation>
    </message>
    <message>
        <source>{path} is a folder, not a backup file.</source>
        <translation>{path} est un dossier, pas un fichier de sauvegarde.</translation>
    </message>
    <message>
        <source>{name} is not a clinic database backup (it is not a SQLite file).</source>
        <translation>{name} n&apos;est pas une sauvegarde de base de données de clinique (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be restored (SQLite reports: {problem}).</source>
        <translation>{name} est endommagé et ne peut pas être restauré (SQLite signale : {problem}).</translation>
    </message>
    <message>
        <source>{name} has rows pointing to missing records; it was not used.</source>
        <translation>{name} contient des lignes qui pointent vers des enregistrements manquants ; il n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>{name} cannot be read as a clinic database ({problem}).</source>
        <translation>{name} ne peut pas être lu comme une base de données de clinique ({problem}).</translation>
    </message>
    <message>
        <source>{name} is a SQLite database but not a clinic database.</source>
        <translation>{name} est une base de données SQLite, mais pas une base de données de clinique.</translation>
    </message>
    <message>
        <source>{name} was written by a newer version of the software (schema {version}; this version knows up to {known}). Update the software before restoring it.</source>
        <translation>{name} a été écrit par une version plus récente du logiciel (schéma {version} ; cette version connaît jusqu&apos;au {known}). Mettez à jour le logiciel avant de le restaurer.</translation>
    </message>
    <message>
        <source>{name} records no schema version; it is not a clinic database.</source>
        <translation>{name} n&apos;enregistre aucune version de schéma ; ce n&apos;est pas une base de données de clinique.</translation>
    </message>
    <message>
        <source>The database is in the middle of a change; try the restore again.</source>
        <translation>La base de données est en cours de modification ; relancez la restauration.</translation>
    </message>
    <message>
        <source>{command} BACKUP-FILE (no automatic backup was found in {folder}), or File &gt; Backup and restore… in the window.</source>
        <translation>{command} BACKUP-FILE (aucune sauvegarde automatique n&apos;a été trouvée dans {folder}), ou Fichier &gt; Sauvegarde et restauration… dans la fenêtre.</translation>
    </message>
    <message>
        <source>{command} {backup} (the newest automatic backup), or File &gt; Backup and restore… in the window.</source>
        <translation>{command} {backup} (la sauvegarde automatique la plus récente), ou Fichier &gt; Sauvegarde et restauration… dans la fenêtre.</translation>
    </message>
    <message>
        <source>The PostgreSQL program {name} was not found on this computer (it is not on the PATH). Install the PostgreSQL client tools (the same major version as the server or newer) and try again.</source>
        <translation>Le programme PostgreSQL {name} est introuvable sur cet ordinateur (il n&apos;est pas dans le PATH). Installez les outils clients PostgreSQL (la même version majeure que le serveur ou plus récente) et réessayez.</translation>
    </message>
    <message>
        <source>pg_dump could not back up the database ({reason})</source>
        <translation>pg_dump n&apos;a pas pu sauvegarder la base de données ({reason})</translation>
    </message>
    <message>
        <source>{name} is not a PostgreSQL backup (a pg_dump custom-format archive). It is a SQLite clinic database.</source>
        <translation>{name} n&apos;est pas une sauvegarde PostgreSQL (une archive pg_dump au format personnalisé). C&apos;est une base de données de clinique SQLite.</translation>
    </message>
    <message>
        <source>{name} is not a PostgreSQL backup (a pg_dump custom-format archive).</source>
        <translation>{name} n&apos;est pas une sauvegarde PostgreSQL (une archive pg_dump au format personnalisé).</translation>
    </message>
    <message>
        <source>{name} is a PostgreSQL backup but not of a clinic database.</source>
        <translation>{name} est une sauvegarde PostgreSQL, mais pas d&apos;une base de données de clinique.</translation>
    </message>
    <message>
        <source>The restore failed and nothing was changed ({reason})</source>
        <translation>La restauration a échoué et rien n&apos;a été modifié ({reason})</translation>
    </message>
    <message>
        <source>There is no waiting-list entry with id {id}.</source>
        <translation>Il n&apos;y a aucune entrée de liste d&apos;attente avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a SQLite URL. Write sqlite:///path/to/clinic.db.</source>
        <translation>« {text} » n&apos;est pas une URL SQLite. Écrivez sqlite:///chemin/vers/clinique.db.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a database this software opens. Give a file path, sqlite:///path or postgresql://user@host/name.</source>
        <translation>« {text} » n&apos;est pas une base de données que ce logiciel ouvre. Indiquez un chemin de fichier, sqlite:///chemin ou postgresql://utilisateur@hôte/nom.</translation>
    </message>
    <message>
        <source>The database at {display} could not be opened: {problem}.</source>
        <translation>La base de données {display} n&apos;a pas pu être ouverte : {problem}.</translation>
    </message>
    <message>
        <source>The database at {display} could not be opened: {problem}</source>
        <translation>La base de données {display} n&apos;a pas pu être ouverte : {problem}</translation>
    </message>
    <message>
        <source>&apos;{display}&apos; names no database. Write postgresql://user@host/name.</source>
        <translation>« {display} » n&apos;indique aucune base de données. Écrivez postgresql://utilisateur@hôte/nom.</translation>
    </message>
    <message>
        <source>This installation has no PostgreSQL driver; use a SQLite file or install psycopg2.</source>
        <translation>Cette installation n&apos;a pas de pilote PostgreSQL ; utilisez un fichier SQLite ou installez psycopg2.</translation>
    </message>
    <message>
        <source>{file} is not a clinic database (it is not a SQLite database file); it was left untouched.</source>
        <translation>{file} n&apos;est pas une base de données de clinique (ce n&apos;est pas un fichier de base de données SQLite) ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>There is no message with id {id}.</source>
        <translation>Il n&apos;y a aucun message avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>This file holds a database that is not a clinic database; it was left untouched.</source>
        <translation>Ce fichier contient une base de données qui n&apos;est pas une base de clinique ; il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>This database was written by a newer version of the software (schema {version}; this version knows up to {known}). Update the software before opening it.</source>
        <translation>Cette base de données a été écrite par une version plus récente du logiciel (schéma {version} ; cette version connaît jusqu&apos;au {known}). Mettez à jour le logiciel avant de l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>No migration step to schema {schema}; this installation is incomplete.</source>
        <translation>Aucune étape de migration vers le schéma {schema} ; cette installation est incomplète.</translation>
    </message>
    <message>
        <source>The upgrade would leave rows pointing to missing records; it was undone.</source>
        <translation>La mise à niveau laisserait des lignes pointant vers des enregistrements manquants ; elle a été annulée.</translation>
    </message>
    <message>
        <source>The PostgreSQL server lacks the btree_gist extension that keeps bookings from overlapping (it ships with PostgreSQL&apos;s contrib modules), or this database&apos;s owner may not create it. Ask the server&apos;s administrator to run CREATE EXTENSION btree_gist. ({problem})</source>
        <translation>Il manque au serveur PostgreSQL l&apos;extension btree_gist, qui empêche les rendez-vous de se chevaucher (elle est fournie avec les modules contrib de PostgreSQL), ou le propriétaire de cette base de données ne peut pas la créer. Demandez à l&apos;administrateur du serveur d&apos;exécuter CREATE EXTENSION btree_gist. ({problem})</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same provider (appointment {later} and an earlier one); the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de données contient des rendez-vous qui réservent deux fois le même praticien (le rendez-vous {later} et un précédent) ; la mise à niveau a été annulée. Ouvrez-la avec la version précédente, déplacez ou annulez un rendez-vous de chaque paire (`check` les liste tous), puis rouvrez-la.</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same provider; the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de données contient des rendez-vous qui réservent deux fois le même praticien ; la mise à niveau a été annulée. Ouvrez-la avec la version précédente, déplacez ou annulez un rendez-vous de chaque paire (`check` les liste tous), puis rouvrez-la.</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same room (appointment {later} and an earlier one); the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de données contient des rendez-vous qui réservent deux fois la même salle (le rendez-vous {later} et un précédent) ; la mise à niveau a été annulée. Ouvrez-la avec la version précédente, déplacez ou annulez un rendez-vous de chaque paire (`check` les liste tous), puis rouvrez-la.</translation>
    </message>
    <message>
        <source>The database holds bookings that double-book the same room; the upgrade was undone. Open it with the previous version, move or cancel one of each pair (`check` lists them all), then open it again.</source>
        <translation>La base de données contient des rendez-vous qui réservent deux fois la même salle ; la mise à niveau a été annulée. Ouvrez-la avec la version précédente, déplacez ou annulez un rendez-vous de chaque paire (`check` les liste tous), puis rouvrez-la.</translation>
    </message>
    <message>
        <source>There is already a provider called {name}.</source>
        <translation>Il existe déjà un praticien appelé {name}.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>Il existe déjà une salle appelée {name}.</translation>
    </message>
    <message>
        <source>There is already an appointment type called {name}.</source>
        <translation>Il existe déjà un type de rendez-vous appelé {name}.</translation>
    </message>
    <message>
        <source>That time was just booked for the same provider from another workstation.</source>
        <translation>Cet horaire vient d&apos;être réservé pour le même praticien depuis un autre poste.</translation>
    </message>
    <message>
        <source>That time was just booked for the same room from another workstation.</source>
        <translation>Cet horaire vient d&apos;être réservé pour la même salle depuis un autre poste.</translation>
    </message>
    <message>
        <source>The change clashes with what is already recorded ({problem}).</source>
        <translation>La modification entre en conflit avec ce qui est déjà enregistré ({problem}).</translation>
    </message>
    <message>
        <source>Another workstation was saving at the same moment, so nothing was saved; try again.</source>
        <translation>Un autre poste enregistrait au même moment : rien n&apos;a été enregistré ; réessayez.</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: {found}; and {more} more</source>
        <translation>La vérification d&apos;intégrité de SQLite a trouvé : {found} ; et {more} de plus</translation>
    </message>
    <message>
        <source>SQLite&apos;s integrity check found: {found}</source>
        <translation>La vérification d&apos;intégrité de SQLite a trouvé : {found}</translation>
    </message>
    <message>
        <source>Row {row} of {table} points to a missing {parent}.</source>
        <translation>La ligne {row} de {table} pointe vers un enregistrement {parent} manquant.</translation>
    </message>
    <message>
        <source>There is no appointment type with id {id}.</source>
        <translation>Il n&apos;y a aucun type de rendez-vous avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>There is no extra session with id {id}.</source>
        <translation>Il n&apos;y a aucune séance supplémentaire avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>There is no time off with id {id}.</source>
        <translation>Il n&apos;y a aucune absence avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>There is no closure with id {id}.</source>
        <translation>Il n&apos;y a aucune fermeture avec l&apos;id {id}.</translation>
    </message>
    <message>
        <source>There is no lot {id}.</source>
        <translation>Il n&apos;y a aucun lot {id}.</translation>
    </message>
    <message>
        <source>There is no reconstituted vial {id}.</source>
        <translation>Il n&apos;y a aucun flacon reconstitué {id}.</translation>
    </message>
    <message>
        <source>There is no treatment {id}.</source>
        <translation>Il n&apos;y a aucun traitement {id}.</translation>
    </message>
</context>
<context>
    <name>AbsencesPage</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>Extra sessions</source>
        <translation>Séances supplémentaires</translation>
    </message>
    <message>
        <source>Session ends at</source>
        <translation>La séance se termine à</translation>
    </message>
    <message>
        <source>&amp;Add session</source>
        <translation>&amp;Ajouter la séance</translation>
    </message>
    <message>
        <source>&amp;Remove session</source>
        <translation>&amp;Retirer la séance</translation>
    </message>
    <message>
        <source>Remove the selected session</source>
        <translation>Retirer la séance sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Jour :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Extra session {hours} on {day} added.</source>
        <translation>Séance supplémentaire de {hours} le {day} ajoutée.</translation>
    </message>
    <message>
        <source>Select the session to remove.</source>
        <translation>Sélectionnez la séance à retirer.</translation>
    </message>
    <message>
        <source>The session of {day} was removed.</source>
        <translation>La séance du {day} a été retirée.</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Provider&apos;s time off</source>
        <translation>Absences du praticien</translation>
    </message>
    <message>
        <source>e.g. annual leave, a course</source>
        <translation>p. ex. congés annuels, une formation</translation>
    </message>
    <message>
        <source>Add &amp;time off</source>
        <translation>Ajouter l&apos;a&amp;bsence</translation>
    </message>
    <message>
        <source>Remove time o&amp;ff</source>
        <translation>&amp;Retirer l&apos;absence</translation>
    </message>
    <message>
        <source>Remove the selected time off</source>
        <translation>Retirer l&apos;absence sélectionnée</translation>
    </message>
    <message>
        <source>A provider&apos;s time off</source>
        <translation>Absences d&apos;un praticien</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>T&amp;o (inclusive):</source>
        <translation>&amp;Au (inclus) :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Clinic closures</source>
        <translation>Fermetures de la clinique</translation>
    </message>
    <message>
        <source>e.g. staff training, building works</source>
        <translation>p. ex. formation du personnel, travaux</translation>
    </message>
    <message>
        <source>A&amp;dd closure</source>
        <translation>Ajouter la ferm&amp;eture</translation>
    </message>
    <message>
        <source>Remove clos&amp;ure</source>
        <translation>Ret&amp;irer la fermeture</translation>
    </message>
    <message>
        <source>Remove the selected closure</source>
        <translation>Retirer la fermeture sélectionnée</translation>
    </message>
    <message>
        <source>The clinic closed</source>
        <translation>Clinique fermée</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>To (inclusi&amp;ve):</source>
        <translation>Au (inc&amp;lus) :</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Mo&amp;tif :</translation>
    </message>
    <message>
        <source>{name} is off {days}.</source>
        <translation>{name} est absent(e) : {days}.</translation>
    </message>
    <message>
        <source>Select the time off to remove.</source>
        <translation>Sélectionnez l&apos;absence à retirer.</translation>
    </message>
    <message>
        <source>Time off {days} removed.</source>
        <translation>Absence du {days} retirée.</translation>
    </message>
    <message>
        <source>The clinic is closed {days}.</source>
        <translation>La clinique est fermée : {days}.</translation>
    </message>
    <message>
        <source>Select the closure to remove.</source>
        <translation>Sélectionnez la fermeture à retirer.</translation>
    </message>
    <message>
        <source>Closure {days} removed.</source>
        <translation>Fermeture du {days} retirée.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Adverse event after the treatment of {day}</source>
        <translation>Événement indésirable après le traitement du {day}</translation>
    </message>
    <message>
        <source>e.g. neck pain, ptosis, dysphagia</source>
        <translation>p. ex. douleur cervicale, ptosis, dysphagie</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>Résolu le</translation>
    </message>
    <message>
        <source>&amp;What happened:</source>
        <translation>&amp;Que s&apos;est-il passé :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Onset:</source>
        <translation>&amp;Début :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Ajouter l&apos;événement indésirable</translation>
    </message>
    <message>
        <source>Say what the adverse event was.</source>
        <translation>Indiquez quel a été l&apos;événement indésirable.</translation>
    </message>
</context>
<context>
    <name>AftercareDialog</name>
    <message>
        <source>Aftercare sheet — {name}</source>
        <translation>Fiche de conseils après traitement — {name}</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>There is no translation for “{language}” yet: the sheet is in English.</source>
        <translation>Il n&apos;existe pas encore de traduction pour « {language} » : la fiche est en anglais.</translation>
    </message>
    <message>
        <source>Aftercare sheet</source>
        <translation>Fiche de conseils après traitement</translation>
    </message>
    <message>
        <source>What will be printed, in the language chosen</source>
        <translation>Ce qui sera imprimé, dans la langue choisie</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Print aftercare sheet</source>
        <translation>Imprimer la fiche de conseils</translation>
    </message>
    <message>
        <source>Save aftercare sheet as PDF</source>
        <translation>Enregistrer la fiche de conseils en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend treatment of {day}</source>
        <translation>Modifier le traitement du {day}</translation>
    </message>
    <message>
        <source>Required: why the record changes (kept with your name)</source>
        <translation>Obligatoire : pourquoi le dossier change (conservé avec votre nom)</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Remarques :</translation>
    </message>
    <message>
        <source>&amp;Waste (units):</source>
        <translation>&amp;Perte (unités) :</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>Signed by {name}: the change is added as an amendment; the original stays.</source>
        <translation>Signé par {name} : la modification est ajoutée comme avenant ; l&apos;original est conservé.</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Points d&apos;injection</translation>
    </message>
    <message>
        <source>wasted units</source>
        <translation>unités perdues</translation>
    </message>
    <message>
        <source>Give the reason for the amendment.</source>
        <translation>Indiquez le motif de la modification.</translation>
    </message>
    <message>
        <source>Nothing has changed.</source>
        <translation>Rien n&apos;a changé.</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <source>Large (150 %)</source>
        <translation>Grande (150 %)</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>Normale (celle du système)</translation>
    </message>
    <message>
        <source>High contrast, light (black on white)</source>
        <translation>Contraste élevé, clair (noir sur blanc)</translation>
    </message>
    <message>
        <source>High contrast, dark (white on black)</source>
        <translation>Contraste élevé, sombre (blanc sur noir)</translation>
    </message>
    <message>
        <source>Standard (the system&apos;s colours)</source>
        <translation>Standard (les couleurs du système)</translation>
    </message>
</context>
<context>
    <name>AppearanceDialog</name>
    <message>
        <source>Wednesday 9 December</source>
        <translation>Mercredi 9 décembre</translation>
    </message>
    <message>
        <source>{start} to {end}, Laura Wright, spasticity treatment</source>
        <translation>{start} à {end}, Laura Wright, traitement de la spasticité</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Rechercher des patients</translation>
    </message>
    <message>
        <source>Preview: a search field</source>
        <translation>Aperçu : un champ de recherche</translation>
    </message>
    <message>
        <source>Arrived: Laura Wright</source>
        <translation>Arrivée : Laura Wright</translation>
    </message>
    <message>
        <source>Expected: Omar Haddad</source>
        <translation>Attendu : Omar Haddad</translation>
    </message>
    <message>
        <source>Preview: a list with its first row selected</source>
        <translation>Aperçu : une liste dont la première ligne est sélectionnée</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Preview: a button</source>
        <translation>Aperçu : un bouton</translation>
    </message>
    <message>
        <source>Cancelled (a disabled control)</source>
        <translation>Annulé (une commande désactivée)</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Taille du texte</translation>
    </message>
    <message>
        <source>Normal, or large: half as large again as the system&apos;s text</source>
        <translation>Normale ou grande : une fois et demie le texte du système</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>The system&apos;s colours, or high contrast: black on white, or white on black</source>
        <translation>Les couleurs du système, ou un contraste élevé : noir sur blanc ou blanc sur noir</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Taille du texte :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>For this workstation only: others keep their own.</source>
        <translation>Pour ce poste de travail uniquement : les autres gardent le leur.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Use these</source>
        <translation>Utiliser ces choix</translation>
    </message>
    <message>
        <source>Use these: apply and keep for this workstation</source>
        <translation>Utiliser ces choix : les appliquer et les garder pour ce poste de travail</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>When</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Élément</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Dossier patient</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimé</translation>
    </message>
    <message>
        <source>Opened chart</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Wrong password</source>
        <translation>Mot de passe incorrect</translation>
    </message>
    <message>
        <source>Account locked</source>
        <translation>Compte verrouillé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillé</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Mot de passe changé</translation>
    </message>
    <message>
        <source>Password hash upgraded</source>
        <translation>Chiffrement du mot de passe mis à jour</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exporté</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Key exported</source>
        <translation>Clé exportée</translation>
    </message>
    <message>
        <source>Key imported</source>
        <translation>Clé importée</translation>
    </message>
    <message>
        <source>Key replaced</source>
        <translation>Clé remplacée</translation>
    </message>
    <message>
        <source>Adjusted</source>
        <translation>Ajusté</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Sent again</source>
        <translation>Renvoyé</translation>
    </message>
    <message>
        <source>Sending failed</source>
        <translation>Échec de l&apos;envoi</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrompu</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>Allergie</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Closure</source>
        <translation>Fermeture</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Demo clinic</source>
        <translation>Clinique de démonstration</translation>
    </message>
    <message>
        <source>Extra session</source>
        <translation>Séance supplémentaire</translation>
    </message>
    <message>
        <source>Follow-up plan</source>
        <translation>Plan de suivi</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot de produit</translation>
    </message>
    <message>
        <source>Outcome measure</source>
        <translation>Échelle d&apos;évaluation</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Médicament</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message au patient</translation>
    </message>
    <message>
        <source>Message channel</source>
        <translation>Canal de messages</translation>
    </message>
    <message>
        <source>Message consent</source>
        <translation>Consentement aux messages</translation>
    </message>
    <message>
        <source>Message template</source>
        <translation>Modèle de message</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Reconstitution</source>
        <translation>Reconstitution du flacon</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Time off</source>
        <translation>Absence</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
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
        <source>no field changed</source>
        <translation>aucun champ modifié</translation>
    </message>
    <message>
        <source>… ({count} more)</source>
        <translation>… ({count} de plus)</translation>
    </message>
    <message>
        <source>was {values}</source>
        <translation>était {values}</translation>
    </message>
    <message>
        <source>Patient {id}</source>
        <translation>Patient n° {id}</translation>
    </message>
    <message>
        <source>Entry {id} · clinic time ({zone})</source>
        <translation>Entrée {id} · heure de la clinique ({zone})</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Verify trail</source>
        <translation>&amp;Vérifier le journal</translation>
    </message>
    <message>
        <source>Check the whole trail: any entry changed, deleted or put out of order is named</source>
        <translation>Vérifier tout le journal : toute entrée modifiée, supprimée ou déplacée est signalée</translation>
    </message>
    <message>
        <source>Patient: name, MRN or id</source>
        <translation>Patient : nom, n° de dossier ou identifiant</translation>
    </message>
    <message>
        <source>Only this patient&apos;s entries: a name, an MRN or an id number</source>
        <translation>Seulement les entrées de ce patient : un nom, un numéro de dossier ou un identifiant</translation>
    </message>
    <message>
        <source>Clear the patient</source>
        <translation>Effacer le patient</translation>
    </message>
    <message>
        <source>Only this patient&apos;s entries: type a name, an MRN, or the patient&apos;s id number</source>
        <translation>Seulement les entrées de ce patient : saisissez un nom, un numéro de dossier ou l&apos;identifiant du patient</translation>
    </message>
    <message>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <source>Only what this user did</source>
        <translation>Seulement ce qu&apos;a fait cet utilisateur</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>Dé&amp;but</translation>
    </message>
    <message>
        <source>First day (clinic dates, included)</source>
        <translation>Premier jour (dates de la clinique, inclus)</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Fi&amp;n</translation>
    </message>
    <message>
        <source>Last day (included)</source>
        <translation>Dernier jour (inclus)</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur :</translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Entrée sélectionnée</translation>
    </message>
    <message>
        <source>Every value before and after the change</source>
        <translation>Toutes les valeurs avant et après la modification</translation>
    </message>
    <message>
        <source>Select an entry to see every value before and after.</source>
        <translation>Sélectionnez une entrée pour voir toutes les valeurs avant et après.</translation>
    </message>
    <message>
        <source>The dates are the wrong way round: “From” is after “To”.</source>
        <translation>Les dates sont inversées : « Début » est après « Fin ».</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>Aucune entrée ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>1 entry, newest first</source>
        <translation>1 entrée, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>{count} entries, newest first</source>
        <translation>{count} entrées, les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>1 entry, newest first (scroll down for older ones)</source>
        <translation>1 entrée, les plus récentes d&apos;abord (faites défiler vers le bas pour les plus anciennes)</translation>
    </message>
    <message>
        <source>{count} entries, newest first (scroll down for older ones)</source>
        <translation>{count} entrées, les plus récentes d&apos;abord (faites défiler vers le bas pour les plus anciennes)</translation>
    </message>
    <message>
        <source>Could not read the audit trail</source>
        <translation>Impossible de lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Entry {id}</source>
        <translation>Entrée {id}</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Checking every entry of the trail…</source>
        <translation>Vérification de chaque entrée du journal…</translation>
    </message>
    <message>
        <source>No patient matches “{typed}”: type a name, an MRN or a patient&apos;s id.</source>
        <translation>Aucun patient ne correspond à « {typed} » : saisissez un nom, un numéro de dossier ou l&apos;identifiant d&apos;un patient.</translation>
    </message>
    <message>
        <source>{patient} (best of {count} matches)</source>
        <translation>{patient} (le plus proche de {count} résultats)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>{count} patients</source>
        <translation>{count} dossiers patients</translation>
    </message>
    <message>
        <source>{count} providers</source>
        <translation>{count} praticiens</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>{count} treatments</source>
        <translation>{count} traitements</translation>
    </message>
    <message>
        <source>Replace the clinic database with the backup {file}, taken {date} at {time}? It holds {counts} (schema {schema}).</source>
        <translation>Remplacer la base de données de la clinique par la sauvegarde {file}, faite le {date} à {time} ? Elle contient {counts} (schéma {schema}).</translation>
    </message>
    <message>
        <source>Replace the clinic database with the backup {file}, taken {date} at {time}?</source>
        <translation>Remplacer la base de données de la clinique par la sauvegarde {file}, faite le {date} à {time} ?</translation>
    </message>
    <message>
        <source>Everything entered after that backup will no longer be in the clinic&apos;s records. The current database is kept first, beside it as {stem}-before-restore-&lt;date and time&gt;{suffix}, so the restore can be undone by restoring that copy.</source>
        <translation>Tout ce qui a été saisi après cette sauvegarde ne figurera plus dans les dossiers de la clinique. La base de données actuelle est d&apos;abord conservée à côté, sous le nom {stem}-before-restore-&lt;date et heure&gt;{suffix}, afin que la restauration puisse être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Everything entered after that backup will no longer be in the clinic&apos;s records. The current database is kept first, as a dump in {folder}, so the restore can be undone by restoring that copy.</source>
        <translation>Tout ce qui a été saisi après cette sauvegarde ne figurera plus dans les dossiers de la clinique. La base de données actuelle est d&apos;abord conservée sous forme d&apos;export dans {folder}, afin que la restauration puisse être annulée en restaurant cette copie.</translation>
    </message>
    <message>
        <source>Other workstations should stop working while it runs. When it is done this application closes; start {app} again to work on the restored database.</source>
        <translation>Les autres postes doivent cesser de travailler pendant l&apos;opération. Une fois terminée, cette application se ferme ; relancez {app} pour travailler sur la base de données restaurée.</translation>
    </message>
    <message>
        <source>The clinic database was restored from {file}.</source>
        <translation>La base de données de la clinique a été restaurée à partir de {file}.</translation>
    </message>
    <message>
        <source>The database it replaced was kept as {file}.</source>
        <translation>La base de données remplacée a été conservée sous le nom {file}.</translation>
    </message>
    <message>
        <source>The backup was upgraded from schema {old} to {new}.</source>
        <translation>La sauvegarde a été mise à niveau du schéma {old} au schéma {new}.</translation>
    </message>
    <message>
        <source>Backup and restore</source>
        <translation>Sauvegarde et restauration</translation>
    </message>
    <message>
        <source>&lt;b&gt;Database:&lt;/b&gt; {location}</source>
        <translation>&lt;b&gt;Base de données :&lt;/b&gt; {location}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Automatic backups&lt;/b&gt; ({policy}), in {folder}</source>
        <translation>&lt;b&gt;Sauvegardes automatiques&lt;/b&gt; ({policy}), dans {folder}</translation>
    </message>
    <message>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation>Les plus récentes d&apos;abord</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Write a copy of the database, while it is in use, and check it</source>
        <translation>Écrire une copie de la base de données, pendant son utilisation, et la vérifier</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup (the current one is kept)</source>
        <translation>Remplacer la base de données par la sauvegarde sélectionnée (l&apos;actuelle est conservée)</translation>
    </message>
    <message>
        <source>Restore from &amp;file…</source>
        <translation>Restaurer depuis un &amp;fichier…</translation>
    </message>
    <message>
        <source>Replace the database with a backup file from elsewhere</source>
        <translation>Remplacer la base de données par un fichier de sauvegarde situé ailleurs</translation>
    </message>
    <message>
        <source>Loading the list of backups…</source>
        <translation>Chargement de la liste des sauvegardes…</translation>
    </message>
    <message>
        <source>The last automatic backup was taken {date} at {time}.</source>
        <translation>La dernière sauvegarde automatique a été faite le {date} à {time}.</translation>
    </message>
    <message>
        <source>There is no automatic backup yet: the application takes one when it has been open a few seconds, then every day.</source>
        <translation>Il n&apos;y a pas encore de sauvegarde automatique : l&apos;application en fait une après quelques secondes d&apos;ouverture, puis chaque jour.</translation>
    </message>
    <message>
        <source>Clinic backups (*.db);;All files (*)</source>
        <translation>Sauvegardes de la clinique (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.dump);;All files (*)</source>
        <translation>Sauvegardes PostgreSQL (*.dump);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Back up the clinic database</source>
        <translation>Sauvegarder la base de données de la clinique</translation>
    </message>
    <message>
        <source>Backing up to {file}…</source>
        <translation>Sauvegarde dans {file}…</translation>
    </message>
    <message>
        <source>Backed up to {file} ({size}; {counts}). The copy was checked.</source>
        <translation>Sauvegardé dans {file} ({size} ; {counts}). La copie a été vérifiée.</translation>
    </message>
    <message>
        <source>Restore the clinic database from</source>
        <translation>Restaurer la base de données de la clinique depuis</translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <source>{file} was checked: it can be restored.</source>
        <translation>{file} a été vérifié : il peut être restauré.</translation>
    </message>
    <message>
        <source>Restore the clinic database?</source>
        <translation>Restaurer la base de données de la clinique ?</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <source>Restoring from {file}… (do not switch the computer off)</source>
        <translation>Restauration depuis {file}… (n&apos;éteignez pas l&apos;ordinateur)</translation>
    </message>
    <message>
        <source>{app} will now close. Start it again to work on the restored database.</source>
        <translation>{app} va maintenant se fermer. Relancez-le pour travailler sur la base de données restaurée.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restaurée</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Nothing was restored: {reason}</source>
        <translation>Rien n&apos;a été restauré : {reason}</translation>
    </message>
    <message>
        <source>This file cannot be restored: {reason}</source>
        <translation>Ce fichier ne peut pas être restauré : {reason}</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
</context>
<context>
    <name>BarChart</name>
    <message>
        <source>Nothing to show.</source>
        <translation>Rien à afficher.</translation>
    </message>
    <message>
        <source>Bar chart</source>
        <translation>Diagramme en barres</translation>
    </message>
    <message>
        <source>(total {total})</source>
        <translation>(total : {total})</translation>
    </message>
    <message>
        <source>{values} by {categories}</source>
        <translation>{values} par {categories}</translation>
    </message>
    <message>
        <source>Bar chart of {what}.</source>
        <translation>Diagramme en barres : {what}.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <source>Book appointment</source>
        <translation>Prendre rendez-vous</translation>
    </message>
    <message>
        <source>The clinic&apos;s proposals for this patient, best first: Enter books the one highlighted</source>
        <translation>Les propositions de la clinique pour ce patient, la meilleure d&apos;abord : Entrée réserve celle qui est en surbrillance</translation>
    </message>
    <message>
        <source>Appointment type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source> min</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source>Length in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>The day and time the appointment starts</source>
        <translation>Le jour et l&apos;heure du début du rendez-vous</translation>
    </message>
    <message>
        <source>Next free slot</source>
        <translation>Prochain créneau libre</translation>
    </message>
    <message>
        <source>The first free time for this type with this provider, from the chosen day</source>
        <translation>Le premier horaire libre pour ce type avec ce praticien, à partir du jour choisi</translation>
    </message>
    <message>
        <source>Why it is booked anyway (kept on record)</source>
        <translation>Pourquoi le rendez-vous est pris malgré tout (conservé au dossier)</translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation>Motif de la dérogation</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation>Nom du &amp;patient</translation>
    </message>
    <message>
        <source>Pro&amp;vider</source>
        <translation>Pra&amp;ticien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Série</translation>
    </message>
    <message>
        <source>R&amp;oom</source>
        <translation>&amp;Salle</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>Re&amp;marques</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Réserver</translation>
    </message>
    <message>
        <source>Enter books the highlighted choice · Esc closes without booking</source>
        <translation>Entrée réserve le choix en surbrillance · Échap ferme sans réserver</translation>
    </message>
    <message>
        <source>{type} ({minutes} min)</source>
        <translation>{type} ({minutes} minutes)</translation>
    </message>
    <message>
        <source>Any suitable room</source>
        <translation>N&apos;importe quelle salle adaptée</translation>
    </message>
    <message>
        <source>Choose the patient first.</source>
        <translation>Choisissez d&apos;abord le patient.</translation>
    </message>
    <message>
        <source>Choose the type of appointment.</source>
        <translation>Choisissez le type de rendez-vous.</translation>
    </message>
    <message>
        <source>No toxin treatment yet: a {visit} first.</source>
        <translation>Pas encore de traitement par toxine : d&apos;abord {visit}.</translation>
    </message>
    <message>
        <source>Next {indication} treatment due {window}</source>
        <translation>Prochain traitement ({indication}) prévu {window}</translation>
    </message>
    <message>
        <source>last dose {day}</source>
        <translation>dernière dose le {day}</translation>
    </message>
    <message>
        <source>not before {day}</source>
        <translation>pas avant le {day}</translation>
    </message>
    <message>
        <source>Proposed, best first:</source>
        <translation>Propositions, la meilleure d&apos;abord :</translation>
    </message>
    <message>
        <source>Nothing free to propose: choose a time below.</source>
        <translation>Aucun créneau libre à proposer : choisissez un horaire ci-dessous.</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <source>first visit</source>
        <translation>première visite</translation>
    </message>
    <message>
        <source>(Enter books the time chosen in the calendar; Tab or Down to take a proposal.)</source>
        <translation>(Entrée réserve l&apos;horaire choisi dans le calendrier ; Tab ou Bas pour prendre une proposition.)</translation>
    </message>
    <message>
        <source>Why: {reasons}.</source>
        <translation>Pourquoi : {reasons}.</translation>
    </message>
    <message>
        <source>No free time for this type with this provider in the next 90 days.</source>
        <translation>Aucun horaire libre pour ce type avec ce praticien dans les 90 prochains jours.</translation>
    </message>
</context>
<context>
    <name>CalendarGrid</name>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Cancel appointment…</source>
        <translation>Annuler le rendez-vous…</translation>
    </message>
    <message>
        <source>Status: {status}</source>
        <translation>Statut : {status}</translation>
    </message>
    <message>
        <source>⚠ Consent expired: renew it before treating</source>
        <translation>⚠ Consentement expiré : renouvelez-le avant de traiter</translation>
    </message>
    <message>
        <source>{start} to {end}, {patient}, {type}, {provider}, {status}</source>
        <translation>{start} à {end}, {patient}, {type}, {provider}, {status}</translation>
    </message>
    <message>
        <source>{appointment}, consent expired</source>
        <translation>{appointment}, consentement expiré</translation>
    </message>
    <message>
        <source>{appointment}, booked too early</source>
        <translation>{appointment}, pris trop tôt</translation>
    </message>
    <message>
        <source>Room: {room}</source>
        <translation>Salle : {room}</translation>
    </message>
    <message>
        <source>Consent expired: renew it before treating</source>
        <translation>Consentement expiré : renouvelez-le avant de traiter</translation>
    </message>
    <message>
        <source>{time}, {where}, free</source>
        <translation>{time}, {where}, libre</translation>
    </message>
    <message>
        <source>{time}, {where}, outside working hours</source>
        <translation>{time}, {where}, hors des heures de travail</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mois précédent</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mois suivant</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today (T in the grid, Ctrl+T anywhere)</source>
        <translation>Aller à aujourd&apos;hui (T dans la grille, Ctrl+T partout)</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Jour affiché</translation>
    </message>
    <message>
        <source>Provider whose week is shown</source>
        <translation>Praticien dont la semaine est affichée</translation>
    </message>
    <message>
        <source>Whose week to show</source>
        <translation>La semaine de quel praticien afficher</translation>
    </message>
    <message>
        <source>Only &amp;my day</source>
        <translation>&amp;Mon jour uniquement</translation>
    </message>
    <message>
        <source>Show only your own column; untick to see every provider&apos;s day</source>
        <translation>N&apos;afficher que votre colonne ; décochez pour voir la journée de tous les praticiens</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Prendre rendez-vous…</translation>
    </message>
    <message>
        <source>Book an appointment at the chosen slot, else the first free time of the day shown (Ctrl+B anywhere; N in the grid, or double-click a free slot)</source>
        <translation>Prendre un rendez-vous sur le créneau choisi, sinon au premier horaire libre du jour affiché (Ctrl+B partout ; N dans la grille, ou double-clic sur un créneau libre)</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun.</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar.</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mer.</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jeu.</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>ven.</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sam.</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dim.</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>no appointments</source>
        <translation>aucun rendez-vous</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd&apos;hui, {day}</translation>
    </message>
    <message>
        <source>A week a row, a day a cell: Enter opens the day</source>
        <translation>Une semaine par ligne, un jour par case : Entrée ouvre le jour</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Not ready to book yet</source>
        <translation>Pas encore prêt pour les rendez-vous</translation>
    </message>
    <message>
        <source>Recurring appointment</source>
        <translation>Rendez-vous récurrent</translation>
    </message>
    <message>
        <source>{patient}&apos;s appointment is part of a series. Move only this one, or this one and every later one by the same amount?</source>
        <translation>Le rendez-vous de {patient} fait partie d&apos;une série. Déplacer seulement celui-ci, ou celui-ci et tous les suivants d&apos;autant ?</translation>
    </message>
    <message>
        <source>Only this one</source>
        <translation>Seulement celui-ci</translation>
    </message>
    <message>
        <source>This and following</source>
        <translation>Celui-ci et les suivants</translation>
    </message>
    <message>
        <source>The appointment was not moved</source>
        <translation>Le rendez-vous n&apos;a pas été déplacé</translation>
    </message>
    <message>
        <source>Cancel appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Why is the appointment cancelled? (kept on record)</source>
        <translation>Pourquoi le rendez-vous est-il annulé ? (conservé au dossier)</translation>
    </message>
    <message>
        <source>The appointment was not changed</source>
        <translation>Le rendez-vous n&apos;a pas été modifié</translation>
    </message>
    <message>
        <source>{count} arrived</source>
        <translation>{count} arrivés</translation>
    </message>
    <message>
        <source>{count} in room</source>
        <translation>{count} en salle</translation>
    </message>
    <message>
        <source>{count} completed</source>
        <translation>{count} terminés</translation>
    </message>
    <message>
        <source>{count} cancelled</source>
        <translation>{count} annulés</translation>
    </message>
    <message>
        <source>Not working</source>
        <translation>Ne travaille pas</translation>
    </message>
</context>
<context>
    <name>CataloguePages</name>
    <message>
        <source>Muscle or region</source>
        <translation>Muscle ou région</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points d&apos;injection</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>bilateral</source>
        <translation>bilatéral</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>ligne médiane</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Dose totale</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>where the doses come from (a paper, the clinic&apos;s own practice)</source>
        <translation>d&apos;où viennent les doses (un article, la pratique de la clinique)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indication :</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>Pro&amp;duit :</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Protocol&apos;s injection sites</source>
        <translation>Points d&apos;injection du protocole</translation>
    </message>
    <message>
        <source>A muscle or region a row: its side and units</source>
        <translation>Un muscle ou une région par ligne : son côté et ses unités</translation>
    </message>
    <message>
        <source>Add &amp;site</source>
        <translation>Ajouter un &amp;point</translation>
    </message>
    <message>
        <source>Add an injection site row</source>
        <translation>Ajouter une ligne de point d&apos;injection</translation>
    </message>
    <message>
        <source>Remove si&amp;te</source>
        <translation>&amp;Retirer le point</translation>
    </message>
    <message>
        <source>Remove the selected site row</source>
        <translation>Retirer la ligne de point sélectionnée</translation>
    </message>
    <message>
        <source>&amp;New protocol</source>
        <translation>Nouveau proto&amp;cole</translation>
    </message>
    <message>
        <source>&amp;Delete protocol</source>
        <translation>Suppri&amp;mer le protocole</translation>
    </message>
    <message>
        <source>Delete the selected clinic protocol</source>
        <translation>Supprimer le protocole de la clinique sélectionné</translation>
    </message>
    <message>
        <source>Sa&amp;ve protocol</source>
        <translation>&amp;Enregistrer le protocole</translation>
    </message>
    <message>
        <source>{name} (clinic)</source>
        <translation>{name} (clinique)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as a clinic protocol</source>
        <translation>&amp;Enregistrer comme protocole de la clinique</translation>
    </message>
    <message>
        <source>Sa&amp;ve changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>&apos;{points}&apos; is not a number of injection points.</source>
        <translation>« {points} » n&apos;est pas un nombre de points d&apos;injection.</translation>
    </message>
    <message>
        <source>Site {number}: {problem}</source>
        <translation>Ligne {number} : {problem}</translation>
    </message>
    <message>
        <source>{name} saved: {units} U at {points} points.</source>
        <translation>{name} enregistré : {units} U en {points} points.</translation>
    </message>
    <message>
        <source>Select one of the clinic&apos;s own protocols to delete.</source>
        <translation>Sélectionnez l&apos;un des protocoles propres à la clinique pour le supprimer.</translation>
    </message>
    <message>
        <source>{name} deleted.</source>
        <translation>{name} supprimé.</translation>
    </message>
    <message>
        <source>{low} to {high} {unit}</source>
        <translation>{low} à {high} {unit}</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Plage</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Mesures de résultat</translation>
    </message>
    <message>
        <source>lowercase, e.g. neck_pain (kept once scores use it)</source>
        <translation>en minuscules, p. ex. douleur_cou (conservé dès que des scores l&apos;utilisent)</translation>
    </message>
    <message>
        <source>&amp;Lower is better (pain, disability)</source>
        <translation>Plus &amp;bas = mieux (douleur, handicap)</translation>
    </message>
    <message>
        <source>&amp;New measure</source>
        <translation>Nouvelle &amp;mesure</translation>
    </message>
    <message>
        <source>&amp;Remove measure</source>
        <translation>&amp;Retirer la mesure</translation>
    </message>
    <message>
        <source>Remove the selected clinic measure (only one never scored)</source>
        <translation>Retirer la mesure de la clinique sélectionnée (seulement si elle n&apos;a jamais été notée)</translation>
    </message>
    <message>
        <source>&amp;Add measure</source>
        <translation>&amp;Ajouter la mesure</translation>
    </message>
    <message>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de :</translation>
    </message>
    <message>
        <source>La&amp;bel:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>L&amp;owest:</source>
        <translation>&amp;Valeur minimale :</translation>
    </message>
    <message>
        <source>&amp;Highest:</source>
        <translation>Valeur ma&amp;ximale :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number for the lowest value.</source>
        <translation>« {text} » n&apos;est pas un nombre pour la valeur minimale.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number for the highest value.</source>
        <translation>« {text} » n&apos;est pas un nombre pour la valeur maximale.</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} : enregistré.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} : ajouté.</translation>
    </message>
    <message>
        <source>Select one of the clinic&apos;s own measures to remove.</source>
        <translation>Sélectionnez l&apos;une des mesures propres à la clinique pour la retirer.</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>{name} : retiré.</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>Changer de mot de passe</translation>
    </message>
    <message>
        <source>Signed in as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>Connecté en tant que &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Sign in to change your password.</source>
        <translation>Connectez-vous pour changer votre mot de passe.</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Mot de passe a&amp;ctuel :</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat new password:</source>
        <translation>R&amp;épéter le nouveau mot de passe :</translation>
    </message>
    <message>
        <source>Type your current password first.</source>
        <translation>Saisissez d&apos;abord votre mot de passe actuel.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été changé.</translation>
    </message>
</context>
<context>
    <name>ChartOutcomes</name>
    <message>
        <source>Date</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Which measure the graph and the table show</source>
        <translation>La mesure affichée par le graphique et le tableau</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>Type a value in “Record a score” below and press Enter.</source>
        <translation>Saisissez une valeur dans « Enregistrer un résultat » ci-dessous et appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>No scores recorded yet.</source>
        <translation>Aucun résultat enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Measure to record</source>
        <translation>Mesure à enregistrer</translation>
    </message>
    <message>
        <source>Clear the value</source>
        <translation>Effacer la valeur</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>The day the score describes (a diary month: the day it was counted)</source>
        <translation>Le jour que décrit le résultat (un mois de journal : le jour où il a été compté)</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Add score</source>
        <translation>Ajouter le résultat</translation>
    </message>
    <message>
        <source>Save the score (Enter in the value field)</source>
        <translation>Enregistrer le résultat (Entrée dans le champ de la valeur)</translation>
    </message>
    <message>
        <source>Record a score</source>
        <translation>Enregistrer un résultat</translation>
    </message>
    <message>
        <source>{measure} — 1 score</source>
        <translation>{measure} — 1 résultat</translation>
    </message>
    <message>
        <source>{measure} — {count} scores</source>
        <translation>{measure} — {count} résultats</translation>
    </message>
    <message>
        <source>{measure} — none yet</source>
        <translation>{measure} — aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>{measure}: {low} to {high}. Enter saves.</source>
        <translation>{measure} : de {low} à {high}. Entrée enregistre.</translation>
    </message>
    <message>
        <source>Chronic migraine: {summary}.</source>
        <translation>Migraine chronique : {summary}.</translation>
    </message>
    <message>
        <source>⚠ {flag}. Review before the next treatment.</source>
        <translation>⚠ {flag}. À revoir avant le prochain traitement.</translation>
    </message>
    <message>
        <source>1 score, most recent first</source>
        <translation>1 résultat, le plus récent en premier</translation>
    </message>
    <message>
        <source>{count} scores, most recent first</source>
        <translation>{count} résultats, les plus récents en premier</translation>
    </message>
    <message>
        <source>No scores yet</source>
        <translation>Aucun résultat pour l&apos;instant</translation>
    </message>
    <message>
        <source>pre-treatment</source>
        <translation>avant traitement</translation>
    </message>
    <message>
        <source>{percent}% fewer</source>
        <translation>{percent} % de moins</translation>
    </message>
    <message>
        <source>{percent}% more</source>
        <translation>{percent} % de plus</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>pas de changement</translation>
    </message>
    <message>
        <source>{change} vs first</source>
        <translation>{change} par rapport au premier</translation>
    </message>
    <message>
        <source>first score</source>
        <translation>premier résultat</translation>
    </message>
    <message>
        <source>Type a value for {measure} ({low} to {high}).</source>
        <translation>Saisissez une valeur pour {measure} (de {low} à {high}).</translation>
    </message>
    <message>
        <source>{measure}: {value} on {day} saved.</source>
        <translation>{measure} : {value} du {day} enregistré.</translation>
    </message>
</context>
<context>
    <name>ChartTreatments</name>
    <message>
        <source>Date</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Indication traitée</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protocole</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>N° de lot</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Waste</source>
        <translation>Perte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Muscle or region</source>
        <translation>Muscle ou région</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Nb de points</translation>
    </message>
    <message>
        <source>12-week interval</source>
        <translation>Intervalle de 12 semaines</translation>
    </message>
    <message>
        <source>400 U in 3 months</source>
        <translation>400 U en 3 mois</translation>
    </message>
    <message>
        <source>Unusual total</source>
        <translation>Total inhabituel</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>remarques</translation>
    </message>
    <message>
        <source>waste units</source>
        <translation>unités perdues</translation>
    </message>
    <message>
        <source>sites</source>
        <translation>points d&apos;injection</translation>
    </message>
    <message>
        <source>1 override</source>
        <translation>1 dérogation</translation>
    </message>
    <message>
        <source>{count} overrides</source>
        <translation>{count} dérogations</translation>
    </message>
    <message>
        <source>1 amendment</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <source>{count} amendments</source>
        <translation>{count} modifications</translation>
    </message>
    <message>
        <source>1 adverse event</source>
        <translation>1 événement indésirable</translation>
    </message>
    <message>
        <source>{count} adverse events</source>
        <translation>{count} événements indésirables</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Chart treatment…</source>
        <translation>Consigner un traitement…</translation>
    </message>
    <message>
        <source>Record today&apos;s injections (Ctrl+T)</source>
        <translation>Consigner les injections du jour (Ctrl+T)</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Sign the selected draft</source>
        <translation>Signer le brouillon sélectionné</translation>
    </message>
    <message>
        <source>Amend…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Correct notes, waste or sites, with a reason</source>
        <translation>Corriger les remarques, la perte ou les points, avec un motif</translation>
    </message>
    <message>
        <source>Add adverse event…</source>
        <translation>Ajouter un événement indésirable…</translation>
    </message>
    <message>
        <source>Print map</source>
        <translation>Imprimer la carte</translation>
    </message>
    <message>
        <source>Print the injection map of the selected treatment</source>
        <translation>Imprimer la carte des injections du traitement sélectionné</translation>
    </message>
    <message>
        <source>Aftercare sheet…</source>
        <translation>Fiche de conseils…</translation>
    </message>
    <message>
        <source>Print or save the aftercare advice, in the patient&apos;s language</source>
        <translation>Imprimer ou enregistrer les conseils après traitement, dans la langue du patient</translation>
    </message>
    <message>
        <source>Injection sites of the selected treatment</source>
        <translation>Points d&apos;injection du traitement sélectionné</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé</translation>
    </message>
    <message>
        <source>Draft — not signed</source>
        <translation>Brouillon — non signé</translation>
    </message>
    <message>
        <source>No treatments charted yet. Chart one with Ctrl+T.</source>
        <translation>Aucun traitement consigné pour l&apos;instant. Consignez-en un avec Ctrl+T.</translation>
    </message>
    <message>
        <source>No treatments charted yet.</source>
        <translation>Aucun traitement consigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>1 treatment, most recent first</source>
        <translation>1 traitement, le plus récent en premier</translation>
    </message>
    <message>
        <source>{count} treatments, most recent first</source>
        <translation>{count} traitements, les plus récents en premier</translation>
    </message>
    <message>
        <source>1 draft to sign</source>
        <translation>1 brouillon à signer</translation>
    </message>
    <message>
        <source>{count} drafts to sign</source>
        <translation>{count} brouillons à signer</translation>
    </message>
    <message>
        <source>Treatment of {units} U signed.</source>
        <translation>Traitement de {units} U signé.</translation>
    </message>
    <message>
        <source>Treatment of {units} U saved as a draft.</source>
        <translation>Traitement de {units} U enregistré comme brouillon.</translation>
    </message>
    <message>
        <source>Note: {notes}</source>
        <translation>Remarque : {notes}</translation>
    </message>
    <message>
        <source>Next follow-up booked.</source>
        <translation>Prochain rendez-vous de suivi pris.</translation>
    </message>
    <message>
        <source>Treatment of {day} signed by {name}.</source>
        <translation>Traitement du {day} signé par {name}.</translation>
    </message>
    <message>
        <source>Amendment saved.</source>
        <translation>Modification enregistrée.</translation>
    </message>
    <message>
        <source>Adverse event added.</source>
        <translation>Événement indésirable ajouté.</translation>
    </message>
    <message>
        <source>{name} ({mrn}) — {when} — {treatment}, {dose} {product}, lot {lot}</source>
        <translation>{name} ({mrn}) — {when} — {treatment}, {dose} {product}, n° de lot {lot}</translation>
    </message>
    <message>
        <source>dilution not recorded</source>
        <translation>dilution non consignée</translation>
    </message>
    <message>
        <source>{ml} mL per vial ({units} U per 0.1 mL)</source>
        <translation>{ml} mL par flacon ({units} U pour 0,1 mL)</translation>
    </message>
    <message>
        <source>{ml} mL per vial</source>
        <translation>{ml} mL par flacon</translation>
    </message>
    <message>
        <source>Signed by {name} on {when}</source>
        <translation>Signé par {name} le {when}</translation>
    </message>
    <message>
        <source>consent checked</source>
        <translation>consentement vérifié</translation>
    </message>
    <message>
        <source>aftercare given</source>
        <translation>conseils après traitement remis</translation>
    </message>
    <message>
        <source>(supervised by {name})</source>
        <translation>(sous la supervision de {name})</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point d&apos;injection</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>{count} points d&apos;injection</translation>
    </message>
    <message>
        <source>{product}, lot {lot} (expires {expires}) · {dilution} · guidance: {guidance}</source>
        <translation>{product}, lot {lot} (expire le {expires}) · {dilution} · guidage : {guidance}</translation>
    </message>
    <message>
        <source>{dose} at {points} · waste {waste} U ({modifier}) · {ticks}</source>
        <translation>{dose} en {points} · perte {waste} U ({modifier}) · {ticks}</translation>
    </message>
    <message>
        <source>{event} ({severity}), from {onset} to {resolved}</source>
        <translation>{event} ({severity}), du {onset} au {resolved}</translation>
    </message>
    <message>
        <source>{event} ({severity}), from {onset}, not resolved</source>
        <translation>{event} ({severity}), depuis le {onset}, non résolu</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Événements indésirables</translation>
    </message>
    <message>
        <source>Overridden by {name} on {when} — “{reason}”</source>
        <translation>Dérogation accordée par {name} le {when} — « {reason} »</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Dérogations</translation>
    </message>
    <message>
        <source>{when} by {name} — “{reason}”</source>
        <translation>{when}, par {name} — « {reason} »</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>No adverse events, overrides or amendments.</source>
        <translation>Aucun événement indésirable, aucune dérogation ni modification.</translation>
    </message>
    <message>
        <source>{dose} at {weight}</source>
        <translation>{dose} à {weight}</translation>
    </message>
</context>
<context>
    <name>ChartWeights</name>
    <message>
        <source>Measured on</source>
        <translation>Mesuré le</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>In pounds</source>
        <translation>En livres</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Pesées</translation>
    </message>
    <message>
        <source>e.g. 19.5 — Enter records it</source>
        <translation>p. ex. 19,5 — Entrée l&apos;enregistre</translation>
    </message>
    <message>
        <source>Pounds are stored as kilograms (1 lb = 0.45359237 kg)</source>
        <translation>Les livres sont enregistrées en kilogrammes (1 lb = 0,45359237 kg)</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Unité de poids</translation>
    </message>
    <message>
        <source>Record weight</source>
        <translation>Enregistrer le poids</translation>
    </message>
    <message>
        <source>Weig&amp;ht:</source>
        <translation>Poi&amp;ds :</translation>
    </message>
    <message>
        <source>measured on</source>
        <translation>mesuré le</translation>
    </message>
    <message>
        <source>Newest weighing: {weight} on {day}.</source>
        <translation>Dernière pesée : {weight} le {day}.</translation>
    </message>
    <message>
        <source>No weight recorded yet.</source>
        <translation>Aucun poids enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Under 18: toxin doses are set by weight, and charting needs a weight from the last {days} days. Weigh the patient and record it here.</source>
        <translation>Moins de 18 ans : les doses de toxine sont fixées selon le poids, et consigner un traitement demande un poids des {days} derniers jours. Pesez le patient et enregistrez-le ici.</translation>
    </message>
    <message>
        <source>Under 18: doses are set by this weight (it holds for {days} days).</source>
        <translation>Moins de 18 ans : les doses sont fixées selon ce poids (valable {days} jours).</translation>
    </message>
    <message>
        <source>Weight {weight} {unit} recorded for {day}.</source>
        <translation>Poids de {weight} {unit} enregistré pour le {day}.</translation>
    </message>
</context>
<context>
    <name>ClinicPage</name>
    <message>
        <source>e.g. Riverside Pain Clinic</source>
        <translation>p. ex. Clinique de la douleur Riverside</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source> days before they are due</source>
        <translation> jours avant leur date prévue</translation>
    </message>
    <message>
        <source>&amp;Save clinic settings</source>
        <translation>&amp;Enregistrer les paramètres de la clinique</translation>
    </message>
    <message>
        <source>Save every setting on this page</source>
        <translation>Enregistrer tous les paramètres de cette page</translation>
    </message>
    <message>
        <source>None (no public holidays)</source>
        <translation>Aucun (pas de jours fériés)</translation>
    </message>
    <message>
        <source>(this computer&apos;s)</source>
        <translation>(celui de cet ordinateur)</translation>
    </message>
    <message>
        <source>The whole country</source>
        <translation>Tout le pays</translation>
    </message>
    <message>
        <source>A date of birth of 3 April 1980 is written {birth}; today is {today}; half past two in the afternoon is {time} (files for other systems keep the ISO form).</source>
        <translation>Une date de naissance du 3 avril 1980 s&apos;écrit {birth} ; aujourd&apos;hui est le {today} ; deux heures et demie de l&apos;après-midi s&apos;écrit {time} (les fichiers destinés à d&apos;autres systèmes gardent la forme ISO).</translation>
    </message>
    <message>
        <source>Saved: {name}, {zone}.</source>
        <translation>Enregistré : {name}, {zone}.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>&amp;Called (spoke to the patient)</source>
        <translation>A&amp;ppelé (a parlé au patient)</translation>
    </message>
    <message>
        <source>&amp;Left a message</source>
        <translation>&amp;Message laissé</translation>
    </message>
    <message>
        <source>&amp;Declined</source>
        <translation>&amp;Refusé</translation>
    </message>
    <message>
        <source>Log contact — {patient}</source>
        <translation>Consigner le contact — {patient}</translation>
    </message>
    <message>
        <source>Recall for {patient} ({what}): how did it go?</source>
        <translation>Rappel pour {patient} ({what}) : comment cela s&apos;est-il passé ?</translation>
    </message>
    <message>
        <source>Optional note, e.g. call back after 4 pm</source>
        <translation>Note facultative, p. ex. rappeler après 16 h</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Consigner</translation>
    </message>
</context>
<context>
    <name>DayListDialog</name>
    <message>
        <source>Print day list</source>
        <translation>Imprimer la liste du jour</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Provider&apos;s list (alerts, last dose)</source>
        <translation>Liste du praticien (alertes, dernière dose)</translation>
    </message>
    <message>
        <source>Reception list (phone numbers)</source>
        <translation>Liste de l&apos;accueil (numéros de téléphone)</translation>
    </message>
    <message>
        <source>&amp;Initials only</source>
        <translation>Initiales &amp;seulement</translation>
    </message>
    <message>
        <source>Show patients by their initials, without phone numbers or record numbers: for a list left where others can see it</source>
        <translation>Afficher les patients par leurs initiales, sans numéros de téléphone ni numéros de dossier : pour une liste laissée à la vue de tous</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <source>Fit &amp;width</source>
        <translation>Ajuster à la lar&amp;geur</translation>
    </message>
    <message>
        <source>The page as wide as the window (Ctrl+0)</source>
        <translation>La page aussi large que la fenêtre (Ctrl+0)</translation>
    </message>
    <message>
        <source>W&amp;hole page</source>
        <translation>Page &amp;entière</translation>
    </message>
    <message>
        <source>A whole page in view</source>
        <translation>Une page entière visible</translation>
    </message>
    <message>
        <source>Smaller (Ctrl+-)</source>
        <translation>Plus petit (Ctrl+-)</translation>
    </message>
    <message>
        <source>Larger (Ctrl++)</source>
        <translation>Plus grand (Ctrl++)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the list (Ctrl+P)</source>
        <translation>Imprimer la liste (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>En&amp;registrer le PDF…</translation>
    </message>
    <message>
        <source>Save the list as a PDF file (Ctrl+S)</source>
        <translation>Enregistrer la liste en fichier PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>P&amp;rovider</source>
        <translation>&amp;Praticien</translation>
    </message>
    <message>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page imprimée</translation>
    </message>
    <message>
        <source>{count} pages</source>
        <translation>{count} pages imprimées</translation>
    </message>
    <message>
        <source>nothing booked on this day</source>
        <translation>aucun rendez-vous ce jour-là</translation>
    </message>
    <message>
        <source>Could not print to {file}: {reason}</source>
        <translation>Impossible d&apos;imprimer dans {file} : {reason}</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Save day list as PDF</source>
        <translation>Enregistrer la liste du jour en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}</source>
        <translation>Impossible d&apos;enregistrer {file} : {reason}</translation>
    </message>
    <message>
        <source>Saved {file} (1 page).</source>
        <translation>{file} enregistré (1 page).</translation>
    </message>
    <message>
        <source>Saved {file} ({count} pages).</source>
        <translation>{file} enregistré ({count} pages).</translation>
    </message>
</context>
<context>
    <name>DayListPrintout</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Indication · plan</source>
        <translation>Indication · protocole</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Dernière dose</translation>
    </message>
    <message>
        <source>Alerts · notes</source>
        <translation>Alertes · remarques</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Reception list — {who} — {day}</source>
        <translation>Liste de l&apos;accueil — {who} — {day}</translation>
    </message>
    <message>
        <source>Day list — {who} — {day}</source>
        <translation>Liste du jour — {who} — {day}</translation>
    </message>
    <message>
        <source>names shown as initials</source>
        <translation>noms en initiales</translation>
    </message>
    <message>
        <source>printed {when}</source>
        <translation>imprimé le {when}</translation>
    </message>
    <message>
        <source>Audit trail anchor: {anchor}</source>
        <translation>Ancre du journal d&apos;audit : {anchor}</translation>
    </message>
    <message>
        <source>{age} y</source>
        <translation>{age} ans</translation>
    </message>
    <message>
        <source>MRN {mrn}</source>
        <translation>Dossier {mrn}</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentement expiré</translation>
    </message>
    <message>
        <source>no phone</source>
        <translation>pas de téléphone</translation>
    </message>
    <message>
        <source>First treatment</source>
        <translation>Premier traitement</translation>
    </message>
    <message>
        <source>1 appointment</source>
        <translation>1 rendez-vous</translation>
    </message>
    <message>
        <source>{count} appointments</source>
        <translation>{count} rendez-vous</translation>
    </message>
    <message>
        <source>{count} with alerts</source>
        <translation>{count} avec alertes</translation>
    </message>
    <message>
        <source>{count} cancelled, not listed</source>
        <translation>{count} annulés, non listés</translation>
    </message>
    <message>
        <source>printed {when} ({zone})</source>
        <translation>imprimé le {when} ({zone})</translation>
    </message>
    <message>
        <source>Names are shown as initials; phone numbers and record numbers are left out.</source>
        <translation>Les noms sont en initiales ; les numéros de téléphone et de dossier sont omis.</translation>
    </message>
    <message>
        <source>No appointments on this day.</source>
        <translation>Aucun rendez-vous ce jour-là.</translation>
    </message>
    <message>
        <source>{list} (continued)</source>
        <translation>{list} (suite)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>A provider&apos;s calendar (iCalendar, .ics)</source>
        <translation>L&apos;agenda d&apos;un praticien (iCalendar, .ics)</translation>
    </message>
    <message>
        <source>Appointments (CSV for a spreadsheet)</source>
        <translation>Rendez-vous (CSV pour un tableur)</translation>
    </message>
    <message>
        <source>Treatments (CSV for a spreadsheet)</source>
        <translation>Traitements (CSV pour un tableur)</translation>
    </message>
    <message>
        <source>The recall list (CSV)</source>
        <translation>La liste des rappels (CSV)</translation>
    </message>
    <message>
        <source>One patient&apos;s complete record (FHIR R4, .json: their right of access)</source>
        <translation>Le dossier complet d&apos;un patient (FHIR R4, .json : son droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Every patient&apos;s record (FHIR R4, a folder of JSON files)</source>
        <translation>Les dossiers de tous les patients (FHIR R4, un dossier de fichiers JSON)</translation>
    </message>
    <message>
        <source>Exported 1 appointment to {file}.</source>
        <translation>1 rendez-vous exporté dans {file}.</translation>
    </message>
    <message>
        <source>Exported {count} appointments to {file}.</source>
        <translation>{count} rendez-vous exportés dans {file}.</translation>
    </message>
    <message>
        <source>Exported 1 treatment to {file}.</source>
        <translation>1 traitement exporté dans {file}.</translation>
    </message>
    <message>
        <source>Exported {count} treatments to {file}.</source>
        <translation>{count} traitements exportés dans {file}.</translation>
    </message>
    <message>
        <source>Exported 1 patient due to {file}.</source>
        <translation>1 patient à rappeler exporté dans {file}.</translation>
    </message>
    <message>
        <source>Exported {count} patients due to {file}.</source>
        <translation>{count} patients à rappeler exportés dans {file}.</translation>
    </message>
    <message>
        <source>Exported the record of {mrn} ({count} entries) to {file}.</source>
        <translation>Dossier de {mrn} ({count} entrées) exporté dans {file}.</translation>
    </message>
    <message>
        <source>Exported 1 patient record to {file}.</source>
        <translation>1 dossier patient exporté dans {file}.</translation>
    </message>
    <message>
        <source>Exported {count} patient records to {file}.</source>
        <translation>{count} dossiers patients exportés dans {file}.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>The last day exported</source>
        <translation>Le dernier jour exporté</translation>
    </message>
    <message>
        <source>Patients by their initials only (for a calendar others may see)</source>
        <translation>Patients désignés par leurs initiales seulement (pour un agenda que d&apos;autres peuvent voir)</translation>
    </message>
    <message>
        <source>the patient&apos;s MRN</source>
        <translation>le numéro de dossier du patient</translation>
    </message>
    <message>
        <source>P&amp;atient</source>
        <translation>&amp;Patient</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>&amp;What</source>
        <translation>&amp;Type d&apos;export</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>P&amp;raticien</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>Sign in to export.</source>
        <translation>Connectez-vous pour exporter.</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Give the MRN of the patient whose record to export.</source>
        <translation>Indiquez le numéro de dossier du patient dont le dossier doit être exporté.</translation>
    </message>
    <message>
        <source>Export every patient&apos;s record into</source>
        <translation>Exporter les dossiers de tous les patients dans</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>{done} of {total} patients…</source>
        <translation>{done} patients sur {total}…</translation>
    </message>
</context>
<context>
    <name>FlowBoard</name>
    <message>
        <source>To room</source>
        <translation>En salle</translation>
    </message>
    <message>
        <source>Which room does the patient go to?</source>
        <translation>Dans quelle salle va le patient ?</translation>
    </message>
    <message>
        <source>Not sent to the room</source>
        <translation>Non envoyé en salle</translation>
    </message>
    <message>
        <source>Why is {patient}&apos;s visit cancelled?</source>
        <translation>Pourquoi la visite de {patient} est-elle annulée ?</translation>
    </message>
    <message>
        <source>Why is this patient&apos;s visit cancelled?</source>
        <translation>Pourquoi la visite de ce patient est-elle annulée ?</translation>
    </message>
    <message>
        <source>Cancel visit</source>
        <translation>Annuler la visite</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>Enregistrer l&apos;arrivée</translation>
    </message>
    <message>
        <source>Check the selected patient in (Enter)</source>
        <translation>Enregistrer l&apos;arrivée du patient sélectionné (Entrée)</translation>
    </message>
    <message>
        <source>Send the selected patient to a room (Enter)</source>
        <translation>Envoyer le patient sélectionné dans une salle (Entrée)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Mark the visit completed (Enter)</source>
        <translation>Marquer la visite comme terminée (Entrée)</translation>
    </message>
    <message>
        <source>No show</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Aujourd&apos;hui · {day}</translation>
    </message>
    <message>
        <source>Tomorrow · {day}</source>
        <translation>Demain · {day}</translation>
    </message>
    <message>
        <source>Yesterday · {day}</source>
        <translation>Hier · {day}</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Jour précédent</translation>
    </message>
    <message>
        <source>Previous day (Alt+Left or Page Up)</source>
        <translation>Jour précédent (Alt+Gauche ou Page précédente)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Jour suivant</translation>
    </message>
    <message>
        <source>Next day (Alt+Right or Page Down)</source>
        <translation>Jour suivant (Alt+Droite ou Page suivante)</translation>
    </message>
    <message>
        <source>Back to today (T)</source>
        <translation>Revenir à aujourd&apos;hui (T)</translation>
    </message>
    <message>
        <source>Cancel visit…</source>
        <translation>Annuler la visite…</translation>
    </message>
    <message>
        <source>Cancel the selected visit and offer its slot to the waiting list</source>
        <translation>Annuler la visite sélectionnée et proposer son créneau à la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Undo step</source>
        <translation>Annuler l&apos;étape</translation>
    </message>
    <message>
        <source>Take the selected visit one step back (after a mis-click)</source>
        <translation>Ramener la visite sélectionnée une étape en arrière (après un clic par erreur)</translation>
    </message>
    <message>
        <source>Waitlist…</source>
        <translation>Liste d&apos;attente…</translation>
    </message>
    <message>
        <source>Patients waiting for an earlier or any slot</source>
        <translation>Patients qui attendent un créneau plus tôt ou n&apos;importe quel créneau</translation>
    </message>
    <message>
        <source>Enter: next step</source>
        <translation>Entrée : étape suivante</translation>
    </message>
    <message>
        <source>Enter: the next step for the selected patient</source>
        <translation>Entrée : l&apos;étape suivante pour le patient sélectionné</translation>
    </message>
    <message>
        <source>Alt+Left and Alt+Right (or Page Up and Page Down) change the day; T comes back to today.</source>
        <translation>Alt+Gauche et Alt+Droite (ou Page précédente et Page suivante) changent de jour ; T revient à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The clinic is closed on {day}</source>
        <translation>La clinique est fermée le {day}</translation>
    </message>
    <message>
        <source>{why}. Nothing is booked.</source>
        <translation>{why}. Aucun rendez-vous n&apos;est pris.</translation>
    </message>
    <message>
        <source>Nothing is booked on {day}</source>
        <translation>Aucun rendez-vous le {day}</translation>
    </message>
    <message>
        <source>{lane}, 1 patient</source>
        <translation>{lane} : 1 patient</translation>
    </message>
    <message>
        <source>{lane}, {count} patients</source>
        <translation>{lane} : {count} patients</translation>
    </message>
    <message>
        <source>{count} cancelled, none still booked.</source>
        <translation>{count} annulés, aucun ne reste prévu.</translation>
    </message>
    <message>
        <source>{closed}, yet 1 visit is booked.</source>
        <translation>{closed}, et pourtant 1 visite est prévue.</translation>
    </message>
    <message>
        <source>{closed}, yet {count} visits are booked.</source>
        <translation>{closed}, et pourtant {count} visites sont prévues.</translation>
    </message>
    <message>
        <source>a long wait</source>
        <translation>une longue attente</translation>
    </message>
    <message>
        <source>a very long wait</source>
        <translation>une très longue attente</translation>
    </message>
    <message>
        <source>{status} · {minutes} min late</source>
        <translation>{status} · {minutes} min de retard</translation>
    </message>
    <message>
        <source>{status}, {minutes} late</source>
        <translation>{status}, {minutes} de retard</translation>
    </message>
    <message>
        <source>Waiting {minutes} min</source>
        <translation>En attente depuis {minutes} min</translation>
    </message>
    <message>
        <source>waiting {minutes}</source>
        <translation>en attente depuis {minutes}</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>No room set</source>
        <translation>Aucune salle attribuée</translation>
    </message>
    <message>
        <source>{room} · {minutes} min</source>
        <translation>{room} · depuis {minutes} min</translation>
    </message>
    <message>
        <source>in room: {room}, {minutes}</source>
        <translation>en salle : {room}, {minutes}</translation>
    </message>
    <message>
        <source>in room: {room}</source>
        <translation>en salle : {room}</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1&#xa0;minute</translation>
    </message>
    <message>
        <source>{count} minutes</source>
        <translation>{count}&#xa0;minutes</translation>
    </message>
</context>
<context>
    <name>HoursPage</name>
    <message>
        <source>{name} (switched off)</source>
        <translation>{name} (désactivé)</translation>
    </message>
    <message>
        <source>Add a provider first (the Providers page).</source>
        <translation>Ajoutez d&apos;abord un praticien (la page Praticiens).</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>{day} (ended)</source>
        <translation>{day} (terminé)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horaires</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Horaires de travail</translation>
    </message>
    <message>
        <source>&amp;Not working these days</source>
        <translation>&amp;Ne travaille pas ces jours-là</translation>
    </message>
    <message>
        <source>The first day the new hours apply; the days before keep their hours</source>
        <translation>Le premier jour où les nouveaux horaires s&apos;appliquent ; les jours précédents gardent les leurs</translation>
    </message>
    <message>
        <source>&amp;Apply hours</source>
        <translation>&amp;Appliquer les horaires</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jours :</translation>
    </message>
    <message>
        <source>&amp;Hours:</source>
        <translation>&amp;Horaires :</translation>
    </message>
    <message>
        <source>Starting fro&amp;m:</source>
        <translation>&amp;Date de début :</translation>
    </message>
    <message>
        <source>{name}: {days} not working from {day}.</source>
        <translation>{name} : {days} ne travaille pas à partir du {day}.</translation>
    </message>
    <message>
        <source>{name}: {days} {hours} from {day}.</source>
        <translation>{name} : {days} {hours} à partir du {day}.</translation>
    </message>
</context>
<context>
    <name>ImportPatientsDialog</name>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>OK: updates {mrn} ({note})</source>
        <translation>Valide : met à jour {mrn} ({note})</translation>
    </message>
    <message>
        <source>OK: updates {mrn}</source>
        <translation>Valide : met à jour {mrn}</translation>
    </message>
    <message>
        <source>OK: {mrn} is already up to date ({note})</source>
        <translation>Valide : {mrn} est déjà à jour ({note})</translation>
    </message>
    <message>
        <source>OK: {mrn} is already up to date</source>
        <translation>Valide : {mrn} est déjà à jour</translation>
    </message>
    <message>
        <source>OK ({note})</source>
        <translation>Valide ({note})</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>{count} would be new</source>
        <translation>{count} seraient nouvelles</translation>
    </message>
    <message>
        <source>{count} would be updated</source>
        <translation>{count} seraient mises à jour</translation>
    </message>
    <message>
        <source>{count} new</source>
        <translation>{count} nouvelles</translation>
    </message>
    <message>
        <source>{count} updated</source>
        <translation>{count} mises à jour</translation>
    </message>
    <message>
        <source>{count} already up to date</source>
        <translation>{count} déjà à jour</translation>
    </message>
    <message>
        <source>{count} rejected</source>
        <translation>{count} rejetées</translation>
    </message>
    <message>
        <source>{count} with a warning</source>
        <translation>{count} avec un avertissement</translation>
    </message>
    <message>
        <source>1 line: {counts}.</source>
        <translation>1 ligne : {counts}.</translation>
    </message>
    <message>
        <source>{count} lines: {counts}.</source>
        <translation>{count} lignes : {counts}.</translation>
    </message>
    <message>
        <source>Preview of the first {count} lines</source>
        <translation>Aperçu des {count} premières lignes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>The CSV file to import</source>
        <translation>Le fichier CSV à importer</translation>
    </message>
    <message>
        <source>Choose a CSV file (UTF-8, comma or semicolon separated)</source>
        <translation>Choisissez un fichier CSV (UTF-8, séparé par des virgules ou des points-virgules)</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>Patient field</source>
        <translation>Champ du patient</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Each patient field and the file&apos;s column read for it</source>
        <translation>Chaque champ du patient et la colonne du fichier lue pour lui</translation>
    </message>
    <message>
        <source>CSV header: {name}</source>
        <translation>En-tête CSV : {name}</translation>
    </message>
    <message>
        <source>Column in the file for {field}</source>
        <translation>Colonne du fichier pour {field}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>What importing the file&apos;s first lines would do</source>
        <translation>Ce que ferait l&apos;importation des premières lignes du fichier</translation>
    </message>
    <message>
        <source>Save rejected rows…</source>
        <translation>Enregistrer les lignes rejetées…</translation>
    </message>
    <message>
        <source>Choose the file to import.</source>
        <translation>Choisissez le fichier à importer.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Import patients from a CSV file</source>
        <translation>Importer des patients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>Import patients</source>
        <translation>Importer des patients</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>(column {number})</source>
        <translation>(colonne {number})</translation>
    </message>
    <message>
        <source>Checking the lines…</source>
        <translation>Vérification des lignes…</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Prêt à importer.</translation>
    </message>
    <message>
        <source>Nothing in this file would change the clinic&apos;s records.</source>
        <translation>Rien dans ce fichier ne modifierait les dossiers de la clinique.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Importing… {step}</source>
        <translation>Importation… {step}</translation>
    </message>
    <message>
        <source>The first {count} lines, as imported</source>
        <translation>Les {count} premières lignes, telles qu&apos;importées</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
        <source>Line {line}, warning: {warning}</source>
        <translation>Ligne {line}, avertissement : {warning}</translation>
    </message>
    <message>
        <source>Imported. 1 line rejected: see the list.</source>
        <translation>Importation terminée. 1 ligne rejetée : voir la liste.</translation>
    </message>
    <message>
        <source>Imported. {count} lines rejected: see the list.</source>
        <translation>Importation terminée. {count} lignes rejetées : voir la liste.</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>Importation terminée.</translation>
    </message>
    <message>
        <source>Nothing was imported: {reason}</source>
        <translation>Rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>Save rejected rows</source>
        <translation>Enregistrer les lignes rejetées</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>The rejected rows were saved to {file}.</source>
        <translation>Les lignes rejetées ont été enregistrées dans {file}.</translation>
    </message>
</context>
<context>
    <name>InjectionMap</name>
    <message>
        <source>Head and neck — front</source>
        <translation>Tête et cou — face</translation>
    </message>
    <message>
        <source>Head and neck — back</source>
        <translation>Tête et cou — dos</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Bras</translation>
    </message>
    <message>
        <source>Legs</source>
        <translation>Jambes</translation>
    </message>
    <message>
        <source>Bladder</source>
        <translation>Vessie</translation>
    </message>
    <message>
        <source>Head front</source>
        <translation>Tête face</translation>
    </message>
    <message>
        <source>Head back</source>
        <translation>Tête dos</translation>
    </message>
    <message>
        <source>Facing you</source>
        <translation>Face à vous</translation>
    </message>
    <message>
        <source>Seen from behind</source>
        <translation>Vu de dos</translation>
    </message>
    <message>
        <source>Front, palms forward</source>
        <translation>De face, paumes vers l&apos;avant</translation>
    </message>
    <message>
        <source>left</source>
        <translation>gauche</translation>
    </message>
    <message>
        <source>right</source>
        <translation>droit</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>des deux côtés</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>ligne médiane</translation>
    </message>
    <message>
        <source>1 unit</source>
        <translation>1 unité</translation>
    </message>
    <message>
        <source>{count} units</source>
        <translation>{count} unités</translation>
    </message>
    <message>
        <source>1 injection point</source>
        <translation>1 point d&apos;injection</translation>
    </message>
    <message>
        <source>{count} injection points</source>
        <translation>{count} points d&apos;injection</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1 point d&apos;injection</translation>
    </message>
    <message>
        <source>{count} points</source>
        <translation>{count} points d&apos;injection</translation>
    </message>
    <message>
        <source>{units} both sides</source>
        <translation>{units} des deux côtés</translation>
    </message>
    <message>
        <source>left {muscle}, {units}</source>
        <translation>{muscle}, côté gauche, {units}</translation>
    </message>
    <message>
        <source>right {muscle}, {units}</source>
        <translation>{muscle}, côté droit, {units}</translation>
    </message>
    <message>
        <source>{muscle}, {side}, {units}</source>
        <translation>{muscle} : {side}, {units}</translation>
    </message>
    <message>
        <source>{points}, drawn on {views}</source>
        <translation>{points}, dessiné sur {views}</translation>
    </message>
    <message>
        <source>{points}, not on the map</source>
        <translation>{points}, absent de la carte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Not on the map:</source>
        <translation>Absents de la carte :</translation>
    </message>
    <message>
        <source>No injection sites charted</source>
        <translation>Aucun point d&apos;injection consigné</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Points d&apos;injection</translation>
    </message>
    <message>
        <source>Click a grey circle to add a site</source>
        <translation>Cliquez sur un cercle gris pour ajouter un point</translation>
    </message>
    <message>
        <source>No sites charted</source>
        <translation>Aucun point consigné</translation>
    </message>
    <message>
        <source>Add a site: {site}</source>
        <translation>Ajouter un point : {site}</translation>
    </message>
    <message>
        <source>Injection map</source>
        <translation>Carte des injections</translation>
    </message>
    <message>
        <source>Injection sites, {view}</source>
        <translation>Points d&apos;injection, {view}</translation>
    </message>
    <message>
        <source>1 site</source>
        <translation>1 point</translation>
    </message>
    <message>
        <source>{count} sites</source>
        <translation>{count} points</translation>
    </message>
    <message>
        <source>Print injection map</source>
        <translation>Imprimer la carte des injections</translation>
    </message>
</context>
<context>
    <name>InjectionSites</name>
    <message>
        <source>Muscle or region</source>
        <translation>Muscle ou région</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Côté</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unités</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Nb de points</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Points d&apos;injection</translation>
    </message>
    <message>
        <source>A muscle or region a row: its side, units and points</source>
        <translation>Un muscle ou une région par ligne : son côté, ses unités et ses points</translation>
    </message>
    <message>
        <source>Add site</source>
        <translation>Ajouter un point</translation>
    </message>
    <message>
        <source>Add a row (or click a grey circle on the map)</source>
        <translation>Ajouter une ligne (ou cliquer sur un cercle gris de la carte)</translation>
    </message>
    <message>
        <source>Remove site</source>
        <translation>Retirer le point</translation>
    </message>
    <message>
        <source>Remove the selected row (Delete)</source>
        <translation>Retirer la ligne sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>name the muscle or region</source>
        <translation>indiquez le muscle ou la région</translation>
    </message>
    <message>
        <source>enter the units given in the {muscle}</source>
        <translation>indiquez les unités injectées dans {muscle}</translation>
    </message>
    <message>
        <source>Row {row}: {problem}</source>
        <translation>Ligne {row} : {problem}</translation>
    </message>
    <message>
        <source>Total {units} U · 1 injection point</source>
        <translation>Total : {units} U · 1 point d&apos;injection</translation>
    </message>
    <message>
        <source>Total {units} U · {count} injection points</source>
        <translation>Total : {units} U · {count} points d&apos;injection</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The system&apos;s language ({language})</source>
        <translation>La langue du système ({language})</translation>
    </message>
    <message>
        <source>The window changes to the language chosen the next time it starts.</source>
        <translation>La fenêtre passe à la langue choisie à son prochain démarrage.</translation>
    </message>
    <message>
        <source>&amp;Language of this workstation</source>
        <translation>&amp;Langue de ce poste</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Locked — sign in to continue</source>
        <translation>Verrouillé — connectez-vous pour continuer</translation>
    </message>
</context>
<context>
    <name>MainCommands</name>
    <message>
        <source>Your password was changed.</source>
        <translation>Votre mot de passe a été modifié.</translation>
    </message>
    <message>
        <source>Scheduling and charting for clinics that treat chronic pain with therapeutic botulinum toxin.</source>
        <translation>Agenda et dossier patient pour les cliniques qui traitent la douleur chronique par toxine botulique thérapeutique.</translation>
    </message>
    <message>
        <source>Database: {database}&lt;br&gt;Schema version: {schema}&lt;br&gt;Clinic time zone: {zone}&lt;br&gt;Qt for Python (PySide6) {pyside}</source>
        <translation>Base de données : {database}&lt;br&gt;Version du schéma : {schema}&lt;br&gt;Fuseau horaire de la clinique : {zone}&lt;br&gt;Qt pour Python (PySide6) {pyside}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
</context>
<context>
    <name>MainJobs</name>
    <message>
        <source>Automatic backup taken: {file}</source>
        <translation>Sauvegarde automatique effectuée : {file}</translation>
    </message>
    <message>
        <source>1 message sent to patients</source>
        <translation>1 message envoyé aux patients</translation>
    </message>
    <message>
        <source>{count} messages sent to patients</source>
        <translation>{count} messages envoyés aux patients</translation>
    </message>
    <message>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué : {reason}</translation>
    </message>
    <message>
        <source>The messages to patients could not be sent: {reason}</source>
        <translation>Les messages aux patients n&apos;ont pas pu être envoyés : {reason}</translation>
    </message>
    <message>
        <source>Follow-up proposals updated (1 patient)</source>
        <translation>Propositions de suivi mises à jour (1 patient)</translation>
    </message>
    <message>
        <source>Follow-up proposals updated ({count} patients)</source>
        <translation>Propositions de suivi mises à jour ({count} patients)</translation>
    </message>
</context>
<context>
    <name>MainMenu</name>
    <message>
        <source>Calendar</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the view</source>
        <translation>Recharger la vue</translation>
    </message>
    <message>
        <source>&amp;Previous day</source>
        <translation>Jour &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;Next day</source>
        <translation>Jour &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Au&amp;jourd&apos;hui</translation>
    </message>
    <message>
        <source>Go to today in the calendar</source>
        <translation>Aller à aujourd&apos;hui dans l&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Rechercher un patient</translation>
    </message>
    <message>
        <source>Find a patient by name, phone, date of birth or MRN</source>
        <translation>Rechercher un patient par nom, téléphone, date de naissance ou numéro de dossier</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Nouveau patient…</translation>
    </message>
    <message>
        <source>Register a new patient</source>
        <translation>Enregistrer un nouveau patient</translation>
    </message>
    <message>
        <source>Book &amp;appointment…</source>
        <translation>Prendre un &amp;rendez-vous…</translation>
    </message>
    <message>
        <source>Book for the patient chosen here, at the calendar&apos;s slot or first free time</source>
        <translation>Donner rendez-vous au patient choisi ici, au créneau de l&apos;agenda ou à la première heure libre</translation>
    </message>
    <message>
        <source>&amp;Import patients…</source>
        <translation>&amp;Importer des patients…</translation>
    </message>
    <message>
        <source>Import patients from CSV</source>
        <translation>Importer des patients depuis un fichier CSV</translation>
    </message>
    <message>
        <source>&amp;Backup and restore…</source>
        <translation>&amp;Sauvegarde et restauration…</translation>
    </message>
    <message>
        <source>Back up or restore the database</source>
        <translation>Sauvegarder ou restaurer la base de données</translation>
    </message>
    <message>
        <source>&amp;Print day list…</source>
        <translation>Im&amp;primer la liste du jour…</translation>
    </message>
    <message>
        <source>Print the day list, or save it as PDF (the calendar&apos;s day and provider)</source>
        <translation>Imprimer la liste du jour ou l&apos;enregistrer en PDF (le jour et le praticien de l&apos;agenda)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export a calendar (iCalendar), spreadsheets (CSV) or the patients&apos; records (FHIR)</source>
        <translation>Exporter un agenda (iCalendar), des tableurs (CSV) ou les dossiers des patients (FHIR)</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
    </message>
    <message>
        <source>Hide everything until you sign in again</source>
        <translation>Tout masquer jusqu&apos;à votre prochaine connexion</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Changer d&apos;utilisa&amp;teur…</translation>
    </message>
    <message>
        <source>Lock the window for someone else to sign in</source>
        <translation>Verrouiller la fenêtre pour qu&apos;une autre personne se connecte</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>End your session; the window locks</source>
        <translation>Terminer votre session ; la fenêtre se verrouille</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <source>Add users, change roles, unlock accounts</source>
        <translation>Ajouter des utilisateurs, changer les rôles, déverrouiller des comptes</translation>
    </message>
    <message>
        <source>Clinic &amp;settings…</source>
        <translation>Paramètres de la &amp;clinique…</translation>
    </message>
    <message>
        <source>Providers, hours, time off, rooms, appointment types, stock, protocols, the clinic itself</source>
        <translation>Praticiens, horaires, absences, salles, types de rendez-vous, stock, protocoles et la clinique elle-même</translation>
    </message>
    <message>
        <source>Se&amp;t up the clinic…</source>
        <translation>&amp;Mise en place de la clinique…</translation>
    </message>
    <message>
        <source>The set-up checklist: what the clinic needs before it can book</source>
        <translation>La liste de mise en place : ce dont la clinique a besoin avant de pouvoir donner des rendez-vous</translation>
    </message>
    <message>
        <source>App&amp;earance…</source>
        <translation>Apparen&amp;ce…</translation>
    </message>
    <message>
        <source>Text size and colours on this workstation (large text, high contrast)</source>
        <translation>Taille du texte et couleurs sur ce poste (grand texte, contraste élevé)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>Changer de mot de p&amp;asse…</translation>
    </message>
    <message>
        <source>Change your own password</source>
        <translation>Changer votre propre mot de passe</translation>
    </message>
    <message>
        <source>Lan&amp;guage…</source>
        <translation>&amp;Langue…</translation>
    </message>
    <message>
        <source>The language of the window at this workstation (from the next start)</source>
        <translation>La langue de la fenêtre sur ce poste (à partir du prochain démarrage)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command of the window and the keys that reach it</source>
        <translation>Toutes les commandes de la fenêtre et les touches qui y mènent</translation>
    </message>
    <message>
        <source>&amp;About {app}</source>
        <translation>À &amp;propos de {app}</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Fermer l&apos;application</translation>
    </message>
    <message>
        <source>Show {view}</source>
        <translation>Afficher {view}</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Rendez-vous…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
</context>
<context>
    <name>MainStatus</name>
    <message>
        <source>manager</source>
        <translation>responsable</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>praticien</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>accueil</translation>
    </message>
    <message>
        <source>Time zone: {zone}</source>
        <translation>Fuseau horaire : {zone}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
    <message>
        <source>Signed in as {name} (the software itself: all permissions)</source>
        <translation>Connecté en tant que {name} (le logiciel lui-même : toutes les autorisations)</translation>
    </message>
    <message>
        <source>Signed in as {name} ({role})</source>
        <translation>Connecté en tant que {name} ({role})</translation>
    </message>
    <message>
        <source>Database: {location}</source>
        <translation>Base de données : {location}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Retrying every {seconds} seconds…</source>
        <translation>Nouvel essai toutes les {seconds} secondes…</translation>
    </message>
    <message>
        <source>Connected to the clinic database again.</source>
        <translation>De nouveau connecté à la base de données de la clinique.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Views</source>
        <translation>Vues</translation>
    </message>
    <message>
        <source>The window&apos;s views; Ctrl+1 to Ctrl+7 go to each</source>
        <translation>Les vues de la fenêtre ; Ctrl+1 à Ctrl+7 mènent à chacune</translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Message templates</source>
        <translation>Modèles de messages</translation>
    </message>
    <message>
        <source>Back to the &amp;default</source>
        <translation>Revenir au texte par &amp;défaut</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Message :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Fields: {fields}</source>
        <translation>Champs : {fields}</translation>
    </message>
    <message>
        <source>Fields: {fields}. A text says only where and when: no name, no condition, no treatment.</source>
        <translation>Champs : {fields}. Un SMS ne dit que le lieu et l&apos;heure : ni nom, ni pathologie, ni traitement.</translation>
    </message>
    <message>
        <source>Changed by the clinic.</source>
        <translation>Modifié par la clinique.</translation>
    </message>
    <message>
        <source>The starting text.</source>
        <translation>Le texte de départ.</translation>
    </message>
    <message>
        <source>Preview · {count} characters</source>
        <translation>Aperçu · {count} caractères</translation>
    </message>
    <message>
        <source>Saved: {message}, {channel}, {language}.</source>
        <translation>Enregistré : {message}, {channel}, {language}.</translation>
    </message>
</context>
<context>
    <name>Names</name>
    <message>
        <source>{table}, column headings</source>
        <translation>{table}, en-têtes de colonne</translation>
    </message>
    <message>
        <source>{table}, row headings</source>
        <translation>{table}, en-têtes de ligne</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
</context>
<context>
    <name>OutboxColumns</name>
    <message>
        <source>Due</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>Essais</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Why / what happened</source>
        <translation>Motif / ce qui s&apos;est passé</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <source>All messages</source>
        <translation>Tous les messages</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>{count} queued</source>
        <translation>{count} en file d&apos;attente</translation>
    </message>
    <message>
        <source>{count} sent</source>
        <translation>{count} envoyés</translation>
    </message>
    <message>
        <source>{count} failed</source>
        <translation>{count} en échec</translation>
    </message>
    <message>
        <source>{message} (booked)</source>
        <translation>{message} (rendez-vous pris)</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Next try {when}: {problem}</source>
        <translation>Prochain essai {when} : {problem}</translation>
    </message>
    <message>
        <source>Waiting for its time</source>
        <translation>En attente de son heure</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages aux patients</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Affic&amp;her :</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send what is due now (it also goes every few minutes on its own)</source>
        <translation>Envoyer maintenant ce qui est dû (l&apos;envoi se fait aussi tout seul toutes les quelques minutes)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Send a failed message again, after checking it did not reach the patient</source>
        <translation>Renvoyer un message en échec, après avoir vérifié qu&apos;il n&apos;est pas parvenu au patient</translation>
    </message>
    <message>
        <source>&amp;Cancel message</source>
        <translation>Annuler le messa&amp;ge</translation>
    </message>
    <message>
        <source>Withdraw a queued or failed message: it will not be sent</source>
        <translation>Retirer un message en file d&apos;attente ou en échec : il ne sera pas envoyé</translation>
    </message>
    <message>
        <source>&amp;Templates…</source>
        <translation>&amp;Modèles…</translation>
    </message>
    <message>
        <source>What each message says, in each language (a manager&apos;s)</source>
        <translation>Ce que dit chaque message, dans chaque langue (réservé au gestionnaire)</translation>
    </message>
    <message>
        <source>{count} shown</source>
        <translation>{count} affichés</translation>
    </message>
    <message>
        <source>Sending what is due…</source>
        <translation>Envoi de ce qui est dû…</translation>
    </message>
    <message>
        <source>Sent {sent}, failed {failed}, waiting {waiting}.</source>
        <translation>Envoyés : {sent}, en échec : {failed}, en attente : {waiting}.</translation>
    </message>
    <message>
        <source>The messages could not be sent: {reason}</source>
        <translation>Les messages n&apos;ont pas pu être envoyés : {reason}</translation>
    </message>
    <message>
        <source>{message} to {patient} is queued again: it goes at the next send.</source>
        <translation>{message} pour {patient} est de nouveau en file d&apos;attente : il partira au prochain envoi.</translation>
    </message>
    <message>
        <source>{message} to {patient} is withdrawn.</source>
        <translation>{message} pour {patient} est retiré.</translation>
    </message>
</context>
<context>
    <name>OutcomeGraph</name>
    <message>
        <source>Treatment on {day}: {units}</source>
        <translation>Traitement du {day} : {units}</translation>
    </message>
    <message>
        <source>Treatment on {day}</source>
        <translation>Traitement du {day}</translation>
    </message>
    <message>
        <source>Outcome graph</source>
        <translation>Graphique des résultats</translation>
    </message>
    <message>
        <source>No measure chosen</source>
        <translation>Aucune mesure choisie</translation>
    </message>
    <message>
        <source>No scores for {measure} yet</source>
        <translation>Aucun résultat pour {measure} pour l&apos;instant</translation>
    </message>
    <message>
        <source>Choose a measure to see its graph.</source>
        <translation>Choisissez une mesure pour voir son graphique.</translation>
    </message>
    <message>
        <source>No scores for {measure} yet.</source>
        <translation>Aucun résultat pour {measure} pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Treatment (units given)</source>
        <translation>Traitement (unités injectées)</translation>
    </message>
    <message>
        <source>Baseline {days} days</source>
        <translation>Valeur initiale : {days} jours</translation>
    </message>
    <message>
        <source>Responder zone (50% or more fewer days)</source>
        <translation>Zone de réponse (au moins 50 % de jours en moins)</translation>
    </message>
    <message>
        <source>Under {days} days: episodic</source>
        <translation>Moins de {days} jours : épisodique</translation>
    </message>
    <message>
        <source>responder zone: {days} days or fewer</source>
        <translation>zone de réponse : {days} jours ou moins</translation>
    </message>
    <message>
        <source>baseline {days} days</source>
        <translation>valeur initiale : {days} jours</translation>
    </message>
    <message>
        <source>under {days}: episodic</source>
        <translation>moins de {days} : épisodique</translation>
    </message>
</context>
<context>
    <name>OverrideReason</name>
    <message>
        <source>Override reason needed</source>
        <translation>Motif de dérogation nécessaire</translation>
    </message>
    <message>
        <source>{refusal}

Reason (kept on record):</source>
        <translation>{refusal}

Motif (conservé au dossier) :</translation>
    </message>
</context>
<context>
    <name>PatientChart</name>
    <message>
        <source>Botulinum toxin treatment</source>
        <translation>Traitement par toxine botulique</translation>
    </message>
    <message>
        <source>Photography</source>
        <translation>Photographies</translation>
    </message>
    <message>
        <source>Sharing records with the referring physician</source>
        <translation>Partage du dossier avec le médecin adresseur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Preferred name:</source>
        <translation>Nom d&apos;usage :</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Date de naissance :</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Sexe :</translation>
    </message>
    <message>
        <source>MRN:</source>
        <translation>N° de dossier :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>External id:</source>
        <translation>Identifiant externe :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Other phone:</source>
        <translation>Autre téléphone :</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Prefers:</source>
        <translation>Préfère :</translation>
    </message>
    <message>
        <source>Emergency contact:</source>
        <translation>Personne à prévenir :</translation>
    </message>
    <message>
        <source>Referring physician:</source>
        <translation>Médecin adresseur :</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Clinical summary</source>
        <translation>Résumé clinique</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Pathologies</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Allergies connues</translation>
    </message>
    <message>
        <source>Medications</source>
        <translation>Traitements en cours</translation>
    </message>
    <message>
        <source>Conditions, allergies, medications, treatments and scores are shown to providers and managers.</source>
        <translation>Les pathologies, allergies, traitements en cours, traitements et résultats sont visibles des praticiens et des gestionnaires.</translation>
    </message>
    <message>
        <source>Records merged into this one</source>
        <translation>Dossiers fusionnés dans celui-ci</translation>
    </message>
    <message>
        <source>{date} (age {age})</source>
        <translation>{date} ({age} ans)</translation>
    </message>
    <message>
        <source>{mrn} on {day}</source>
        <translation>{mrn} le {day}</translation>
    </message>
    <message>
        <source>{mrn} on {day} — {moved}</source>
        <translation>{mrn} le {day} — {moved}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>ICD-10 {code}</source>
        <translation>CIM-10 {code}</translation>
    </message>
    <message>
        <source>(noted {day})</source>
        <translation>(noté le {day})</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>Rien de consigné</translation>
    </message>
    <message>
        <source>No known allergies recorded</source>
        <translation>Aucune allergie connue consignée</translation>
    </message>
    <message>
        <source>anticoagulant</source>
        <translation>sous anticoagulant</translation>
    </message>
    <message>
        <source>Anticoagulated</source>
        <translation>Sous anticoagulant</translation>
    </message>
    <message>
        <source>{anticoagulated} (on the record)</source>
        <translation>{anticoagulated} (d&apos;après le dossier)</translation>
    </message>
    <message>
        <source>Bleeding risk: {note}</source>
        <translation>Risque hémorragique : {note}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type de rendez-vous</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Signé le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Upcoming appointments</source>
        <translation>Rendez-vous à venir</translation>
    </message>
    <message>
        <source>Past appointments</source>
        <translation>Rendez-vous passés</translation>
    </message>
    <message>
        <source>Upcoming ({count})</source>
        <translation>À venir ({count})</translation>
    </message>
    <message>
        <source>Upcoming: none booked</source>
        <translation>À venir : aucun rendez-vous pris</translation>
    </message>
    <message>
        <source>Past ({count}, most recent first)</source>
        <translation>Passés ({count}, les plus récents en premier)</translation>
    </message>
    <message>
        <source>Past: none</source>
        <translation>Passés : aucun</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Add consent…</source>
        <translation>Ajouter un consentement…</translation>
    </message>
    <message>
        <source>Record a consent the patient has signed</source>
        <translation>Enregistrer un consentement signé par le patient</translation>
    </message>
    <message>
        <source>Add consent</source>
        <translation>Ajouter un consentement</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Consent for:</source>
        <translation>Consentement p&amp;our :</translation>
    </message>
    <message>
        <source>&amp;Signed on:</source>
        <translation>&amp;Signé le :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Re&amp;marques :</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Expired, renewed since</source>
        <translation>Expiré, renouvelé depuis</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>Sans expiration</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valable</translation>
    </message>
    <message>
        <source>No consents recorded.</source>
        <translation>Aucun consentement enregistré.</translation>
    </message>
    <message>
        <source>1 consent</source>
        <translation>1 consentement</translation>
    </message>
    <message>
        <source>{count} consents</source>
        <translation>{count} consentements</translation>
    </message>
    <message>
        <source>{consents} · {count} expired — renew before treatment</source>
        <translation>{consents} · {count} expirés — à renouveler avant le traitement</translation>
    </message>
    <message>
        <source>Consent “{kind}” added.</source>
        <translation>Consentement « {kind} » ajouté.</translation>
    </message>
    <message>
        <source>Contact log</source>
        <translation>Journal des contacts</translation>
    </message>
    <message>
        <source>What was said or sent — Enter logs it</source>
        <translation>Ce qui a été dit ou envoyé — Entrée l&apos;enregistre</translation>
    </message>
    <message>
        <source>Contact note</source>
        <translation>Remarque sur le contact</translation>
    </message>
    <message>
        <source>What was said or sent; Enter logs it</source>
        <translation>Ce qui a été dit ou envoyé ; Entrée l&apos;enregistre</translation>
    </message>
    <message>
        <source>Log contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>How:</source>
        <translation>Moyen :</translation>
    </message>
    <message>
        <source>1 contact, most recent first</source>
        <translation>1 contact, le plus récent en premier</translation>
    </message>
    <message>
        <source>{count} contacts, most recent first</source>
        <translation>{count} contacts, les plus récents en premier</translation>
    </message>
    <message>
        <source>No contacts logged yet.</source>
        <translation>Aucun contact enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Contact logged.</source>
        <translation>Contact enregistré.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>&amp;Appointments</source>
        <translation>&amp;Rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Treatments</source>
        <translation>&amp;Traitements</translation>
    </message>
    <message>
        <source>O&amp;utcomes</source>
        <translation>Rés&amp;ultats</translation>
    </message>
    <message>
        <source>&amp;Consents</source>
        <translation>&amp;Consentements</translation>
    </message>
    <message>
        <source>Contact &amp;log</source>
        <translation>&amp;Journal des contacts</translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation>&amp;Poids</translation>
    </message>
    <message>
        <source>Patient chart — {app}</source>
        <translation>Dossier du patient — {app}</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Edit details…</source>
        <translation>Modifier les informations…</translation>
    </message>
    <message>
        <source>Correct name, date of birth, contact details (Ctrl+E)</source>
        <translation>Corriger le nom, la date de naissance, les coordonnées (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export record…</source>
        <translation>Exporter le dossier…</translation>
    </message>
    <message>
        <source>The patient&apos;s complete record as a FHIR file (right of access)</source>
        <translation>Le dossier complet du patient en fichier FHIR (droit d&apos;accès)</translation>
    </message>
    <message>
        <source>Book…</source>
        <translation>Prendre rendez-vous…</translation>
    </message>
    <message>
        <source>Book an appointment for this patient (Ctrl+B)</source>
        <translation>Prendre un rendez-vous pour ce patient (Ctrl+B)</translation>
    </message>
    <message>
        <source>Close chart</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>This chart cannot be shown</source>
        <translation>Ce dossier ne peut pas être affiché</translation>
    </message>
    <message>
        <source>Phone {numbers}</source>
        <translation>Téléphone {numbers}</translation>
    </message>
    <message>
        <source>No phone</source>
        <translation>Pas de téléphone</translation>
    </message>
    <message>
        <source>no email</source>
        <translation>pas d&apos;e-mail</translation>
    </message>
    <message>
        <source>prefers {method}</source>
        <translation>préfère {method}</translation>
    </message>
    <message>
        <source>✓ Responder: {percent}% fewer headache days</source>
        <translation>✓ Répondeur : {percent} % de jours de céphalée en moins</translation>
    </message>
    <message>
        <source>No allergy, anticoagulant or expired consent on record</source>
        <translation>Aucune allergie, aucun anticoagulant ni consentement expiré au dossier</translation>
    </message>
    <message>
        <source>No expired consent on record</source>
        <translation>Aucun consentement expiré au dossier</translation>
    </message>
    <message>
        <source>Sex not recorded</source>
        <translation>Sexe non renseigné</translation>
    </message>
    <message>
        <source>{age} years · {sex} · Born {birth} · MRN {mrn}</source>
        <translation>{age} ans · {sex} · Né(e) le {birth} · Dossier {mrn}</translation>
    </message>
</context>
<context>
    <name>PatientForm</name>
    <message>
        <source>Given name *</source>
        <translation>Prénom *</translation>
    </message>
    <message>
        <source>Family name *</source>
        <translation>Nom de famille *</translation>
    </message>
    <message>
        <source>Preferred name</source>
        <translation>Nom d&apos;usage</translation>
    </message>
    <message>
        <source>Date of birth *</source>
        <translation>Date de naissance *</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Other phone</source>
        <translation>Autre téléphone</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Best times to call</source>
        <translation>Meilleurs moments pour appeler</translation>
    </message>
    <message>
        <source>Language for printed sheets</source>
        <translation>Langue des documents imprimés</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Personne à prévenir</translation>
    </message>
    <message>
        <source>Referring physician</source>
        <translation>Médecin adresseur</translation>
    </message>
    <message>
        <source>External id</source>
        <translation>Identifiant externe</translation>
    </message>
    <message>
        <source>Bleeding risk note</source>
        <translation>Remarque sur le risque hémorragique</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Doublon possible</translation>
    </message>
    <message>
        <source>This may be a patient the clinic already has (same date of birth and a similar name, or the same phone). Open the existing record instead?</source>
        <translation>Ce patient est peut-être déjà connu de la clinique (même date de naissance et nom proche, ou même téléphone). Ouvrir plutôt le dossier existant ?</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>{mrn}   {name}   born {birth}   {phone}</source>
        <translation>{mrn}   {name}   né(e) le {birth}   {phone}</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>Ouvrir l&apos;existant</translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation>Enregistrer quand même</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nouveau patient</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Modifier {name}</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Clinical and notes</source>
        <translation>Clinique et remarques</translation>
    </message>
    <message>
        <source>Referral and notes</source>
        <translation>Adressage et remarques</translation>
    </message>
    <message>
        <source>e.g. 4/2/1980 or 1980-04-02</source>
        <translation>p. ex. 4/2/1980 ou 1980-04-02</translation>
    </message>
    <message>
        <source>e.g. 2.4.1980 or 1980-04-02</source>
        <translation>p. ex. 2.4.1980 ou 1980-04-02</translation>
    </message>
    <message>
        <source>two letters, e.g. es for Spanish; blank: the clinic&apos;s language</source>
        <translation>deux lettres, p. ex. fr pour le français ; vide : la langue de la clinique</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>new weighing (optional)</source>
        <translation>nouvelle pesée (facultatif)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>A new weighing (optional)</source>
        <translation>Une nouvelle pesée (facultatif)</translation>
    </message>
    <message>
        <source>Weight unit</source>
        <translation>Unité de poids</translation>
    </message>
    <message>
        <source>Weighed on</source>
        <translation>Pesé le</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Texto (SMS)</translation>
    </message>
    <message>
        <source>Preferred contact</source>
        <translation>Moyen de contact préféré</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Takes an anticoagulant / bleeding risk</source>
        <translation>Sous anticoagulant / risque hémorragique</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Non enregistré.</translation>
    </message>
</context>
<context>
    <name>PatientList</name>
    <message>
        <source>MRN</source>
        <translation>N° de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actifs</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactifs</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédés</translation>
    </message>
    <message>
        <source>Consent expired</source>
        <translation>Consentement expiré</translation>
    </message>
    <message>
        <source>Anticoagulant</source>
        <translation>Sous anticoagulant</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Cliquez pour trier</translation>
    </message>
    <message>
        <source>(no longer on file)</source>
        <translation>(ne figure plus au fichier)</translation>
    </message>
    <message>
        <source>A consent has expired: renew it before treatment.</source>
        <translation>Un consentement a expiré : renouvelez-le avant le traitement.</translation>
    </message>
    <message>
        <source>{name} — Enter or double-click opens the chart</source>
        <translation>{name} — Entrée ou double-clic ouvre le dossier</translation>
    </message>
</context>
<context>
    <name>PatientPicker</name>
    <message>
        <source>Name, phone, date of birth or MRN; Enter chooses the first</source>
        <translation>Nom, téléphone, date de naissance ou numéro de dossier ; Entrée choisit le premier</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Up and Down choose one</source>
        <translation>Haut et Bas en choisissent un</translation>
    </message>
    <message>
        <source>{name} · born {born} · {mrn}</source>
        <translation>{name} · né(e) le {born} · {mrn}</translation>
    </message>
    <message>
        <source>⚠ consent expired</source>
        <translation>⚠ consentement expiré</translation>
    </message>
    <message>
        <source>No patient matches “{text}”.</source>
        <translation>Aucun patient ne correspond à « {text} ».</translation>
    </message>
</context>
<context>
    <name>PatientWords</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Décédé</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>Fusionné</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Femme</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Homme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>Texto (SMS)</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
</context>
<context>
    <name>PatientsView</name>
    <message>
        <source>Name, phone, date of birth or MRN</source>
        <translation>Nom, téléphone, date de naissance ou n° de dossier</translation>
    </message>
    <message>
        <source>{count} patient</source>
        <translation>{count} patient au total</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} patients au total</translation>
    </message>
    <message>
        <source>{count} active patient</source>
        <translation>{count} patient actif</translation>
    </message>
    <message>
        <source>{count} active patients</source>
        <translation>{count} patients actifs</translation>
    </message>
    <message>
        <source>{count} inactive patient</source>
        <translation>{count} patient inactif</translation>
    </message>
    <message>
        <source>{count} inactive patients</source>
        <translation>{count} patients inactifs</translation>
    </message>
    <message>
        <source>{count} deceased patient</source>
        <translation>{count} patient décédé</translation>
    </message>
    <message>
        <source>{count} deceased patients</source>
        <translation>{count} patients décédés</translation>
    </message>
    <message>
        <source>Down moves into the list · Enter or double-click opens the chart · Ctrl+F finds a patient from anywhere</source>
        <translation>Flèche bas entre dans la liste · Entrée ou double-clic ouvre le dossier · Ctrl+F cherche un patient depuis n&apos;importe où</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patients</translation>
    </message>
    <message>
        <source>Search patients by name, date of birth, MRN or phone</source>
        <translation>Chercher des patients par nom, date de naissance, n° de dossier ou téléphone</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Find a patient (Ctrl+F). Down moves into the list, Enter opens the chart.</source>
        <translation>Chercher un patient (Ctrl+F). Flèche bas entre dans la liste, Entrée ouvre le dossier.</translation>
    </message>
    <message>
        <source>Which patients the list shows</source>
        <translation>Les patients que montre la liste</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>Enter opens the chart of the patient highlighted</source>
        <translation>Entrée ouvre le dossier du patient en surbrillance</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>{count} found</source>
        <translation>{count} trouvé(s)</translation>
    </message>
    <message>
        <source>None found</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>No patient matches “{text}”. Try the family name, a date of birth (1980-04-02), the last digits of a phone number, or the MRN.</source>
        <translation>Aucun patient ne correspond à « {text} ». Essayez le nom de famille, une date de naissance (1980-04-02), les derniers chiffres d&apos;un téléphone ou le n° de dossier.</translation>
    </message>
    <message>
        <source>No patients to show.</source>
        <translation>Aucun patient à afficher.</translation>
    </message>
    <message>
        <source>Could not load</source>
        <translation>Chargement impossible</translation>
    </message>
</context>
<context>
    <name>PrintedPages</name>
    <message>
        <source>the printer or file could not be opened</source>
        <translation>l&apos;imprimante ou le fichier n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
</context>
<context>
    <name>ProposalChoices</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visite</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>{type} ({minutes} min)</source>
        <translation>{type} ({minutes}&#xa0;min)</translation>
    </message>
    <message>
        <source>{days} days after the last dose</source>
        <translation>{days} jours après la dernière dose</translation>
    </message>
    <message>
        <source>Proposed times</source>
        <translation>Horaires proposés</translation>
    </message>
    <message>
        <source>Best first: Enter books the one highlighted</source>
        <translation>La meilleure d&apos;abord : Entrée réserve celle en surbrillance</translation>
    </message>
</context>
<context>
    <name>ProposalsDialog</name>
    <message>
        <source>Book the next follow-up</source>
        <translation>Réserver le prochain suivi</translation>
    </message>
    <message>
        <source>Finding the best free slots…</source>
        <translation>Recherche des meilleurs créneaux libres…</translation>
    </message>
    <message>
        <source>Enter books the selected slot · 1–5 pick a slot · Esc closes without booking</source>
        <translation>Entrée réserve le créneau sélectionné · 1–5 choisissent un créneau · Échap ferme sans réserver</translation>
    </message>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Réserver</translation>
    </message>
    <message>
        <source>Book the next follow-up — {patient}</source>
        <translation>Réserver le prochain suivi — {patient}</translation>
    </message>
    <message>
        <source>next {indication} treatment due {window}</source>
        <translation>prochain traitement ({indication}) prévu {window}</translation>
    </message>
    <message>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <source>{days} days overdue</source>
        <translation>{days} jours de retard</translation>
    </message>
    <message>
        <source>Last treatment {last}; not before {floor} (12-week minimum).</source>
        <translation>Dernier traitement le {last} ; pas avant le {floor} (12 semaines minimum).</translation>
    </message>
    <message>
        <source>There is no free slot to propose in the next 90 days.</source>
        <translation>Aucun créneau libre à proposer dans les 90 prochains jours.</translation>
    </message>
    <message>
        <source>Why {slot}</source>
        <translation>Pourquoi {slot}</translation>
    </message>
    <message>
        <source>No follow-up to propose.</source>
        <translation>Aucun suivi à proposer.</translation>
    </message>
</context>
<context>
    <name>ProviderFilter</name>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>{provider} (inactive)</source>
        <translation>{provider} (inactif)</translation>
    </message>
</context>
<context>
    <name>ProvidersPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Title or credentials:</source>
        <translation>&amp;Titre ou qualifications :</translation>
    </message>
    <message>
        <source>Calendar c&amp;olour:</source>
        <translation>C&amp;ouleur dans l&apos;agenda :</translation>
    </message>
    <message>
        <source>T&amp;reats:</source>
        <translation>T&amp;raite :</translation>
    </message>
    <message>
        <source>e.g. Dr Ana Lind</source>
        <translation>p. ex. Dr Ana Lind</translation>
    </message>
    <message>
        <source>e.g. MD, neurologist</source>
        <translation>p. ex. médecin, neurologue</translation>
    </message>
    <message>
        <source>Pic&amp;k…</source>
        <translation>Choi&amp;sir…</translation>
    </message>
    <message>
        <source>Pick the colour of this provider&apos;s calendar column</source>
        <translation>Choisir la couleur de la colonne de ce praticien dans l&apos;agenda</translation>
    </message>
    <message>
        <source>&amp;Working here</source>
        <translation>&amp;Exerce ici</translation>
    </message>
    <message>
        <source>Switched off: kept on record with their history, no longer booked</source>
        <translation>Désactivé : conservé avec son historique, on ne lui donne plus de rendez-vous</translation>
    </message>
    <message>
        <source>Weekly &amp;hours</source>
        <translation>&amp;Horaires hebdomadaires</translation>
    </message>
    <message>
        <source>New pro&amp;vider</source>
        <translation>Nouveau &amp;praticien</translation>
    </message>
    <message>
        <source>Clear the form to add another provider</source>
        <translation>Vider le formulaire pour ajouter un autre praticien</translation>
    </message>
    <message>
        <source>&amp;Add provider</source>
        <translation>&amp;Ajouter le praticien</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <source>Calendar colour</source>
        <translation>Couleur dans l&apos;agenda</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} : enregistré.</translation>
    </message>
    <message>
        <source>{name} added.</source>
        <translation>{name} : ajouté.</translation>
    </message>
    <message>
        <source>{name} added, working {days} {hours}.</source>
        <translation>{name} : ajouté, travaille {days} {hours}.</translation>
    </message>
</context>
<context>
    <name>RecallsView</name>
    <message>
        <source>Exported 1 row to {path}.</source>
        <translation>1 ligne exportée vers {path}.</translation>
    </message>
    <message>
        <source>Exported {count} rows to {path}.</source>
        <translation>{count} lignes exportées vers {path}.</translation>
    </message>
    <message>
        <source>{patient}: {caution}. Ctrl+Shift+R books a review instead; Enter again books the treatment anyway.</source>
        <translation>{patient} : {caution}. Ctrl+Maj+R réserve plutôt une consultation de réévaluation ; Entrée une seconde fois réserve quand même le traitement.</translation>
    </message>
    <message>
        <source>Booking a review for {patient}…</source>
        <translation>Réservation d&apos;une réévaluation pour {patient}…</translation>
    </message>
    <message>
        <source>Booked a review for {patient}: {day} {time}.</source>
        <translation>Réévaluation réservée pour {patient} : {day} {time}.</translation>
    </message>
    <message>
        <source>Booking {patient}: {slot}…</source>
        <translation>Réservation pour {patient} : {slot}…</translation>
    </message>
    <message>
        <source>Booked {patient}: {slot}.</source>
        <translation>Rendez-vous pris pour {patient} : {slot}.</translation>
    </message>
    <message>
        <source>Booked {patient}.</source>
        <translation>Rendez-vous pris pour {patient}.</translation>
    </message>
    <message>
        <source>{patient} snoozed until {day}.</source>
        <translation>{patient} reporté jusqu&apos;au {day}.</translation>
    </message>
    <message>
        <source>{patient}: “{what}” logged.</source>
        <translation>{patient} : « {what} » consigné.</translation>
    </message>
    <message>
        <source>Export recall list</source>
        <translation>Exporter la liste des rappels</translation>
    </message>
    <message>
        <source>recalls-{date}.csv</source>
        <translation>rappels-{date}.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Preparing 1 letter…</source>
        <translation>Préparation d&apos;une lettre…</translation>
    </message>
    <message>
        <source>Preparing {count} letters…</source>
        <translation>Préparation de {count} lettres…</translation>
    </message>
    <message>
        <source>recall-letters-{date}</source>
        <translation>lettres-rappel-{date}</translation>
    </message>
    <message>
        <source>Print 1 recall letter</source>
        <translation>Imprimer 1 lettre de rappel</translation>
    </message>
    <message>
        <source>Print {count} recall letters</source>
        <translation>Imprimer {count} lettres de rappel</translation>
    </message>
    <message>
        <source>The letters could not be printed: {reason}</source>
        <translation>Les lettres n&apos;ont pas pu être imprimées : {reason}</translation>
    </message>
    <message>
        <source>1 recall letter sent to the printer.</source>
        <translation>1 lettre de rappel envoyée à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>{count} recall letters sent to the printer.</source>
        <translation>{count} lettres de rappel envoyées à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Refreshing follow-up proposals…</source>
        <translation>Mise à jour des propositions de suivi…</translation>
    </message>
    <message>
        <source>Refreshing follow-up proposals… {done} of {total} patients</source>
        <translation>Mise à jour des propositions de suivi… {done} patients sur {total}</translation>
    </message>
    <message>
        <source>Follow-up proposals updated (1 patient).</source>
        <translation>Propositions de suivi mises à jour (1 patient).</translation>
    </message>
    <message>
        <source>Follow-up proposals updated ({count} patients).</source>
        <translation>Propositions de suivi mises à jour ({count} patients).</translation>
    </message>
    <message>
        <source>The proposals could not be refreshed: {reason}</source>
        <translation>Les propositions n&apos;ont pas pu être mises à jour : {reason}</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Indication</source>
        <translation>Pathologie</translation>
    </message>
    <message>
        <source>Last treated</source>
        <translation>Dernier traitement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Proposed slot</source>
        <translation>Créneau proposé</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Contact by</source>
        <translation>Contact par</translation>
    </message>
    <message>
        <source>Last contact attempt</source>
        <translation>Dernière tentative de contact</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à faire</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{days} days</source>
        <translation>{days} jours</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>À faire maintenant</translation>
    </message>
    <message>
        <source>Due in 1 day</source>
        <translation>Prévu dans 1 jour</translation>
    </message>
    <message>
        <source>Due in {days} days</source>
        <translation>Prévu dans {days} jours</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R books a review instead of the treatment</source>
        <translation>Ctrl+Maj+R réserve une réévaluation à la place du traitement</translation>
    </message>
    <message>
        <source>No slot kept for this patient yet: Enter or Ctrl+Enter finds free slots now</source>
        <translation>Aucun créneau retenu pour ce patient : Entrée ou Ctrl+Entrée cherchent des créneaux libres maintenant</translation>
    </message>
    <message>
        <source>Enter books it</source>
        <translation>Entrée le réserve</translation>
    </message>
    <message>
        <source>Due {from_day} to {by_day} ({status})</source>
        <translation>Prévu du {from_day} au {by_day} ({status})</translation>
    </message>
    <message>
        <source>Book proposal</source>
        <translation>Réserver la proposition</translation>
    </message>
    <message>
        <source>Book the proposed slot (none kept: show the choices)</source>
        <translation>Réserver le créneau proposé (aucun retenu : afficher les choix)</translation>
    </message>
    <message>
        <source>Propose…</source>
        <translation>Proposer…</translation>
    </message>
    <message>
        <source>The five best free slots, with their reasons</source>
        <translation>Les cinq meilleurs créneaux libres, avec leurs raisons</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Called, left a message or declined</source>
        <translation>Appelé, message laissé ou refus</translation>
    </message>
    <message>
        <source>Snooze…</source>
        <translation>Reporter…</translation>
    </message>
    <message>
        <source>Leave the patient off the list until a date</source>
        <translation>Retirer le patient de la liste jusqu&apos;à une date</translation>
    </message>
    <message>
        <source>Book review instead</source>
        <translation>Réserver une réévaluation à la place</translation>
    </message>
    <message>
        <source>Book a review with the provider, not the treatment</source>
        <translation>Réserver une réévaluation avec le praticien, pas le traitement</translation>
    </message>
    <message>
        <source>Open chart</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the selected patient&apos;s chart (double-click)</source>
        <translation>Ouvrir le dossier du patient sélectionné (double-clic)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the rows shown as a spreadsheet (CSV)</source>
        <translation>Enregistrer les lignes affichées comme tableur (CSV)</translation>
    </message>
    <message>
        <source>Print recall letters…</source>
        <translation>Imprimer les lettres de rappel…</translation>
    </message>
    <message>
        <source>One letter per selected patient</source>
        <translation>Une lettre par patient sélectionné</translation>
    </message>
    <message>
        <source>Refresh proposals</source>
        <translation>Actualiser les propositions</translation>
    </message>
    <message>
        <source>Find a slot again for everyone due in 4 weeks</source>
        <translation>Chercher à nouveau un créneau pour tous ceux dont l&apos;échéance tombe dans les 4 semaines</translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation>Rappels</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Filtrer par nom</translation>
    </message>
    <message>
        <source>Filter recalls by patient name</source>
        <translation>Filtrer les rappels par nom de patient</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Patients whose last treatment was with this provider</source>
        <translation>Patients dont le dernier traitement a été fait par ce praticien</translation>
    </message>
    <message>
        <source>All indications</source>
        <translation>Toutes les pathologies</translation>
    </message>
    <message>
        <source>Include &amp;snoozed</source>
        <translation>Inclure les &amp;reportés</translation>
    </message>
    <message>
        <source>Also show patients snoozed until a later date</source>
        <translation>Afficher aussi les patients reportés à une date ultérieure</translation>
    </message>
    <message>
        <source>Include &amp;lapsed</source>
        <translation>Inclure les perdus de &amp;vue</translation>
    </message>
    <message>
        <source>Also show patients overdue by more than {days} days (they need a new consultation rather than a recall)</source>
        <translation>Afficher aussi les patients en retard de plus de {days} jours (il leur faut une nouvelle consultation plutôt qu&apos;un rappel)</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indication :</translation>
    </message>
    <message>
        <source>Patients due a recall</source>
        <translation>Patients à rappeler</translation>
    </message>
    <message>
        <source>Most overdue first; Enter opens the chart</source>
        <translation>Les plus en retard d&apos;abord ; Entrée ouvre le dossier</translation>
    </message>
    <message>
        <source>Enter books the proposed slot · Ctrl+Enter other slots · Ctrl+Shift+L log a call · Ctrl+D snooze · ⚠ Ctrl+Shift+R books a review instead · Ctrl+O or double-click opens the chart</source>
        <translation>Entrée réserve le créneau proposé · Ctrl+Entrée autres créneaux · Ctrl+Maj+L consigner un appel · Ctrl+D reporter · ⚠ Ctrl+Maj+R réserve plutôt une réévaluation · Ctrl+O ou double-clic ouvre le dossier</translation>
    </message>
    <message>
        <source>{due} due or overdue, {overdue} overdue</source>
        <translation>{due} à faire ou en retard, dont {overdue} en retard</translation>
    </message>
    <message>
        <source>{count} due in the next 4 weeks</source>
        <translation>{count} prévus dans les 4 prochaines semaines</translation>
    </message>
    <message>
        <source>(name filter: {shown} of {total})</source>
        <translation>(filtre par nom : {shown} sur {total})</translation>
    </message>
    <message>
        <source>No one matches “{text}”.</source>
        <translation>Personne ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>No one is due for a follow-up with these filters: every due patient is booked.</source>
        <translation>Personne n&apos;attend de suivi avec ces filtres : chaque patient concerné a un rendez-vous.</translation>
    </message>
    <message>
        <source>Could not load the recall list</source>
        <translation>Impossible de charger la liste des rappels</translation>
    </message>
</context>
<context>
    <name>RepeatControl</name>
    <message>
        <source>&amp;Repeat every</source>
        <translation>&amp;Répéter toutes les</translation>
    </message>
    <message>
        <source>Book a series at the same wall-clock time each time (daylight-saving changes included)</source>
        <translation>Réserver une série à la même heure chaque fois (changements d&apos;heure été/hiver compris)</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>Weeks between visits</source>
        <translation>Semaines entre les visites</translation>
    </message>
    <message>
        <source> visits</source>
        <translation> visites</translation>
    </message>
    <message>
        <source>Number of visits</source>
        <translation>Nombre de visites</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <source>Treatments</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Units by lot</source>
        <translation>Unités par lot</translation>
    </message>
    <message>
        <source>Waste (JW/JZ)</source>
        <translation>Pertes (JW/JZ)</translation>
    </message>
    <message>
        <source>No-shows &amp;&amp; cancellations</source>
        <translation>Absences et annulations</translation>
    </message>
    <message>
        <source>Recall conversion</source>
        <translation>Conversion des rappels</translation>
    </message>
    <message>
        <source>Responders</source>
        <translation>Répondeurs</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Le fichier n&apos;a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Printed {date} by {app}</source>
        <translation>Imprimé le {date} par {app}</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Page n° {number}</translation>
    </message>
    <message>
        <source>Export report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported 1 row to {file}.</source>
        <translation>1 ligne exportée dans {file}.</translation>
    </message>
    <message>
        <source>Exported {count} rows to {file}.</source>
        <translation>{count} lignes exportées dans {file}.</translation>
    </message>
    <message>
        <source>The CSV could not be written: {reason}</source>
        <translation>Le CSV n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {reason}</source>
        <translation>Le PDF n&apos;a pas pu être écrit : {reason}</translation>
    </message>
    <message>
        <source>Exported 1 page to {file}.</source>
        <translation>1 page exportée dans {file}.</translation>
    </message>
    <message>
        <source>Exported {count} pages to {file}.</source>
        <translation>{count} pages exportées dans {file}.</translation>
    </message>
    <message>
        <source>Print {report}</source>
        <translation>Imprimer le rapport « {report} »</translation>
    </message>
    <message>
        <source>The report could not be printed: {reason}</source>
        <translation>Le rapport n&apos;a pas pu être imprimé : {reason}</translation>
    </message>
    <message>
        <source>{report} sent to the printer.</source>
        <translation>{report} : envoyé à l&apos;imprimante.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>First day of the range (clinic dates, included)</source>
        <translation>Premier jour de la période (dates de la clinique, inclus)</translation>
    </message>
    <message>
        <source>Last day of the range (included)</source>
        <translation>Dernier jour de la période (inclus)</translation>
    </message>
    <message>
        <source>All providers</source>
        <translation>Tous les praticiens</translation>
    </message>
    <message>
        <source>Only this provider&apos;s treatments, appointments and patients</source>
        <translation>Seulement les traitements, rendez-vous et patients de ce praticien</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>Dé&amp;but :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Fi&amp;n :</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>The last twelve calendar months, this one included, up to today</source>
        <translation>Les douze derniers mois civils, celui-ci compris, jusqu&apos;à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the table as a spreadsheet (CSV)</source>
        <translation>Enregistrer le tableau comme tableur (CSV)</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exporter en PDF…</translation>
    </message>
    <message>
        <source>Save the chart and the table as an A4 PDF</source>
        <translation>Enregistrer le graphique et le tableau en PDF A4</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the chart and the table</source>
        <translation>Imprimer le graphique et le tableau</translation>
    </message>
    <message>
        <source>{report} (Ctrl+PgDown / Ctrl+PgUp: next / previous)</source>
        <translation>{report} (Ctrl+Pg suiv / Ctrl+Pg préc : suivant / précédent)</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>The range starts after it ends: choose a later “To” date.</source>
        <translation>La période commence après sa fin : choisissez une date « Fin » plus tardive.</translation>
    </message>
    <message>
        <source>Bar chart: {report}</source>
        <translation>Graphique à barres : {report}</translation>
    </message>
    <message>
        <source>Could not read the report</source>
        <translation>Impossible de lire le rapport</translation>
    </message>
    <message>
        <source>{scope} · units of different products are never added together</source>
        <translation>{scope} · les unités de produits différents ne sont jamais additionnées</translation>
    </message>
    <message>
        <source>{scope} · rates are shares of every appointment in the range</source>
        <translation>{scope} · les taux sont des parts de tous les rendez-vous de la période</translation>
    </message>
    <message>
        <source>{scope} · a proposal counts once per patient and indication; booked from the recall list</source>
        <translation>{scope} · une proposition compte une fois par patient et par indication ; rendez-vous pris depuis la liste des rappels</translation>
    </message>
    <message>
        <source>{scope} · responder: 50% or more better than baseline by the range&apos;s end</source>
        <translation>{scope} · répondeur : amélioration de 50 % ou plus par rapport à l&apos;état initial à la fin de la période</translation>
    </message>
</context>
<context>
    <name>RoomsTypesPages</name>
    <message>
        <source>exam</source>
        <translation>consultation</translation>
    </message>
    <message>
        <source>procedure</source>
        <translation>soins</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>e.g. Room 1, Procedure room</source>
        <translation>p. ex. Salle 1, Salle de soins</translation>
    </message>
    <message>
        <source>New roo&amp;m</source>
        <translation>Nouvelle &amp;salle</translation>
    </message>
    <message>
        <source>&amp;Remove room</source>
        <translation>&amp;Retirer la salle</translation>
    </message>
    <message>
        <source>Remove the selected room (only one never booked)</source>
        <translation>Retirer la salle sélectionnée (seulement si elle n&apos;a jamais été réservée)</translation>
    </message>
    <message>
        <source>&amp;Add room</source>
        <translation>&amp;Ajouter la salle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Enre&amp;gistrer les modifications</translation>
    </message>
    <message>
        <source>{name} saved.</source>
        <translation>{name} : enregistré.</translation>
    </message>
    <message>
        <source>{name} ({kind}) added.</source>
        <translation>{name} ({kind}) : ajoutée.</translation>
    </message>
    <message>
        <source>Select the room to remove.</source>
        <translation>Sélectionnez la salle à retirer.</translation>
    </message>
    <message>
        <source>{name} removed.</source>
        <translation>{name} : retiré.</translation>
    </message>
    <message>
        <source>{name} (toxin)</source>
        <translation>{name} (toxine)</translation>
    </message>
    <message>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Types de rendez-vous</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Any room (the provider&apos;s own)</source>
        <translation>Toute salle (celle du praticien)</translation>
    </message>
    <message>
        <source>A {kind} room</source>
        <translation>Une salle de {kind}</translation>
    </message>
    <message>
        <source>None (not tied to an indication)</source>
        <translation>Aucune (pas liée à une indication)</translation>
    </message>
    <message>
        <source>A to&amp;xin treatment (the 12-week rule applies)</source>
        <translation>Traitement par to&amp;xine (règle des 12 semaines)</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>C&amp;olour:</source>
        <translation>C&amp;ouleur :</translation>
    </message>
    <message>
        <source>Roo&amp;m needed:</source>
        <translation>&amp;Salle requise :</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indication :</translation>
    </message>
    <message>
        <source>Add the &amp;ticked types</source>
        <translation>Ajouter les types &amp;cochés</translation>
    </message>
    <message>
        <source>Add the suggested types ticked above</source>
        <translation>Ajouter les types suggérés cochés ci-dessus</translation>
    </message>
    <message>
        <source>Suggested from what your providers treat</source>
        <translation>Suggérés d&apos;après ce que traitent vos praticiens</translation>
    </message>
    <message>
        <source>New t&amp;ype</source>
        <translation>Nouveau t&amp;ype</translation>
    </message>
    <message>
        <source>&amp;Remove type</source>
        <translation>&amp;Retirer le type</translation>
    </message>
    <message>
        <source>Remove the selected type (only one never booked)</source>
        <translation>Retirer le type sélectionné (seulement s&apos;il n&apos;a jamais été réservé)</translation>
    </message>
    <message>
        <source>&amp;Add type</source>
        <translation>&amp;Ajouter le type</translation>
    </message>
    <message>
        <source>Suggested appointment types to tick, {count}</source>
        <translation>Types de rendez-vous suggérés à cocher, {count}</translation>
    </message>
    <message>
        <source>{name} — {minutes} minutes, needs a {kind} room</source>
        <translation>{name} — {minutes} min, demande une salle de {kind}</translation>
    </message>
    <message>
        <source>{name} — {minutes} minutes</source>
        <translation>{name} — {minutes} min</translation>
    </message>
    <message>
        <source>Added 1 type: {names}.</source>
        <translation>1 type ajouté : {names}.</translation>
    </message>
    <message>
        <source>Added {count} types: {names}.</source>
        <translation>{count} types ajoutés : {names}.</translation>
    </message>
    <message>
        <source>{name} ({minutes} minutes) added.</source>
        <translation>{name} ({minutes} min) : ajouté.</translation>
    </message>
    <message>
        <source>Select the type to remove.</source>
        <translation>Sélectionnez le type à retirer.</translation>
    </message>
</context>
<context>
    <name>SafetyFindings</name>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cannot be saved yet:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Impossible d&apos;enregistrer pour l&apos;instant :&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Refusé :&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs a reason:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Motif requis :&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>Note: {text}</source>
        <translation>Remarque : {text}</translation>
    </message>
    <message>
        <source>✓ No rule stops this treatment.</source>
        <translation>✓ Aucune règle n&apos;empêche ce traitement.</translation>
    </message>
</context>
<context>
    <name>SetupDialogs</name>
    <message>
        <source>Settings pages</source>
        <translation>Pages des paramètres</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Paramètres de la clinique</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Set up the clinic</source>
        <translation>Mise en place de la clinique</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Finish &amp;later</source>
        <translation>Finir plus ta&amp;rd</translation>
    </message>
    <message>
        <source>Close the set-up; File &gt; Set up the clinic… opens it again</source>
        <translation>Fermer la mise en place ; Fichier &gt; Mise en place de la clinique… la rouvre</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>The clinic can book now. Rooms and the first lot of toxin can be added now or later; everything here stays in File &gt; Clinic settings…</source>
        <translation>La clinique peut maintenant donner des rendez-vous. Les salles et le premier lot de toxine peuvent être ajoutés maintenant ou plus tard ; tout ceci reste dans Fichier &gt; Paramètres de la clinique…</translation>
    </message>
    <message>
        <source>Before the clinic can book: {missing}</source>
        <translation>Avant que la clinique puisse donner des rendez-vous : {missing}</translation>
    </message>
</context>
<context>
    <name>SetupNeeded</name>
    <message>
        <source>Add a &amp;provider…</source>
        <translation>Ajouter un &amp;praticien…</translation>
    </message>
    <message>
        <source>Set &amp;working hours…</source>
        <translation>Définir les &amp;horaires de travail…</translation>
    </message>
    <message>
        <source>Add &amp;appointment types…</source>
        <translation>Ajouter des &amp;types de rendez-vous…</translation>
    </message>
    <message>
        <source>Add a &amp;room…</source>
        <translation>Ajouter une &amp;salle…</translation>
    </message>
    <message>
        <source>The clinic cannot book appointments yet</source>
        <translation>La clinique ne peut pas encore prendre de rendez-vous</translation>
    </message>
    <message>
        <source>Open the clinic settings…</source>
        <translation>Ouvrir les paramètres de la clinique…</translation>
    </message>
    <message>
        <source>Ask the clinic&apos;s manager to finish setting the clinic up.</source>
        <translation>Demandez au gestionnaire de la clinique de terminer sa configuration.</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Extra sessions</source>
        <translation>Séances supplémentaires</translation>
    </message>
    <message>
        <source>One-off sessions outside a provider&apos;s weekly hours: a Saturday clinic, a longer day.</source>
        <translation>Séances ponctuelles en dehors des horaires hebdomadaires d&apos;un praticien : une consultation le samedi, une journée plus longue.</translation>
    </message>
    <message>
        <source>Time off and closures</source>
        <translation>Absences et fermetures</translation>
    </message>
    <message>
        <source>A provider&apos;s days away, and the days the whole clinic is closed. Public holidays of the clinic&apos;s country and region are known already and need no entry.</source>
        <translation>Les jours d&apos;absence d&apos;un praticien et les jours où toute la clinique est fermée. Les jours fériés du pays et de la région de la clinique sont déjà connus et n&apos;ont pas à être saisis.</translation>
    </message>
    <message>
        <source>Protocols</source>
        <translation>Protocoles</translation>
    </message>
    <message>
        <source>Templates that fill the injection sites when charting. The built-in ones (grey) follow their published sources and cannot change; select one and save it under a new name to start your own.</source>
        <translation>Modèles qui remplissent les points d&apos;injection lors de la saisie d&apos;un traitement. Les modèles intégrés (en gris) suivent leurs sources publiées et ne peuvent pas être modifiés ; sélectionnez-en un et enregistrez-le sous un autre nom pour créer le vôtre.</translation>
    </message>
    <message>
        <source>Outcome measures</source>
        <translation>Mesures de résultat</translation>
    </message>
    <message>
        <source>Scores recorded at visits to follow how a patient responds. The built-in ones (grey) are fixed; the clinic may add its own. A measure&apos;s range must hold every score already recorded.</source>
        <translation>Scores relevés lors des visites pour suivre la réponse du patient. Les mesures intégrées (en gris) sont fixes ; la clinique peut ajouter les siennes. La plage d&apos;une mesure doit contenir tous les scores déjà relevés.</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>La clinique</translation>
    </message>
    <message>
        <source>The clinic&apos;s name heads every printed list. Appointments are kept in the clinic&apos;s time zone; the country and region give the public holidays (nobody is booked on them) and the way phone numbers are read.</source>
        <translation>Le nom de la clinique figure en tête de chaque liste imprimée. Les rendez-vous sont tenus dans le fuseau horaire de la clinique ; le pays et la région donnent les jours fériés (aucun rendez-vous n&apos;y est donné) et la façon de lire les numéros de téléphone.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Bookings outside working hours</source>
        <translation>Rendez-vous en dehors des horaires de travail</translation>
    </message>
    <message>
        <source>&amp;Keep things as they are</source>
        <translation>&amp;Laisser les choses en l&apos;état</translation>
    </message>
    <message>
        <source>&amp;Go ahead, mark those bookings</source>
        <translation>&amp;Continuer et marquer ces rendez-vous</translation>
    </message>
    <message>
        <source>Nothing was changed: {what}.</source>
        <translation>Rien n&apos;a été modifié : {what}.</translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Mer</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Ven</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sam</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>Is {time} in the morning or the afternoon? Write {morning} or {afternoon}.</source>
        <translation>{time}, est-ce le matin ou l&apos;après-midi ? Écrivez {morning} ou {afternoon}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a time of day. Write it as {example} or {other}.</source>
        <translation>« {text} » n&apos;est pas une heure. Écrivez-la ainsi : {example} ou {other}.</translation>
    </message>
    <message>
        <source>e.g. {time}</source>
        <translation>p. ex. {time}</translation>
    </message>
    <message>
        <source>Mon–&amp;Fri</source>
        <translation>Lun–&amp;Ven</translation>
    </message>
    <message>
        <source>Tick Monday to Friday</source>
        <translation>Cocher du lundi au vendredi</translation>
    </message>
    <message>
        <source>&amp;Break</source>
        <translation>Pa&amp;use</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>Se termine à</translation>
    </message>
    <message>
        <source>Break starts at</source>
        <translation>La pause commence à</translation>
    </message>
    <message>
        <source>Break ends at</source>
        <translation>La pause se termine à</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Break end</source>
        <translation>Fin de la pause</translation>
    </message>
    <message>
        <source>The break ({pause}) must lie inside the day ({day}).</source>
        <translation>La pause ({pause}) doit se situer dans la journée ({day}).</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Horaires hebdomadaires</translation>
    </message>
    <message>
        <source>When each provider works, week by week. Tick the days, give the times, and the date the hours start (the weeks before keep theirs). No times ticked on a day: not working that day.</source>
        <translation>Quand chaque praticien travaille, semaine par semaine. Cochez les jours, indiquez les heures et la date à laquelle les horaires commencent (les semaines précédentes gardent les leurs). Un jour sans heures cochées : pas de travail ce jour-là.</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Praticiens</translation>
    </message>
    <message>
        <source>Everyone who treats patients here. Tick what each one treats (nothing ticked: everything); a provider who leaves is switched off, not deleted: their bookings and charts keep their name.</source>
        <translation>Toutes les personnes qui traitent des patients ici. Cochez ce que traite chacune (rien de coché : tout) ; un praticien qui part est désactivé, pas supprimé : ses rendez-vous et ses dossiers gardent son nom.</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>Salles</translation>
    </message>
    <message>
        <source>The clinic&apos;s rooms and their kind. A type of visit that needs a kind of room (the bladder procedure needs a procedure room) is booked into a free room of that kind.</source>
        <translation>Les salles de la clinique et leur type. Un type de visite qui demande un type de salle (l&apos;intervention sur la vessie demande une salle de soins) est réservé dans une salle libre de ce type.</translation>
    </message>
    <message>
        <source>Appointment types</source>
        <translation>Types de rendez-vous</translation>
    </message>
    <message>
        <source>The kinds of visit the clinic books. A toxin treatment type is tied to the indication it treats: its bookings are checked against the 12-week minimum interval.</source>
        <translation>Les types de visite pour lesquels la clinique donne rendez-vous. Un type de traitement par toxine est lié à l&apos;indication qu&apos;il traite : ses rendez-vous sont vérifiés au regard de l&apos;intervalle minimal de 12 semaines.</translation>
    </message>
    <message>
        <source>Toxin stock</source>
        <translation>Stock de toxine</translation>
    </message>
    <message>
        <source>Lots in stock, soonest expiry first; those expiring within {days} days are in red. Vials are taken off as treatments are charted; anything else (a vial broken, lost, returned, or found in a count) is an adjustment with its reason.</source>
        <translation>Lots en stock, la péremption la plus proche en premier ; ceux qui expirent dans les {days} jours sont en rouge. Les flacons sont décomptés à la saisie des traitements ; tout le reste (un flacon cassé, perdu, retourné ou retrouvé lors d&apos;un inventaire) est un ajustement avec son motif.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Calendar grid</source>
        <translation>Grille de l&apos;agenda</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Aller à aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Book at the slot (or after the selected appointment)</source>
        <translation>Donner rendez-vous sur le créneau (ou après le rendez-vous sélectionné)</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flèches</translation>
    </message>
    <message>
        <source>Move the slot; land on an appointment to select it</source>
        <translation>Déplacer le créneau ; arriver sur un rendez-vous le sélectionne</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Open the selected appointment&apos;s patient</source>
        <translation>Ouvrir le patient du rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>Cancel the selected appointment (asks why)</source>
        <translation>Annuler le rendez-vous sélectionné (demande pourquoi)</translation>
    </message>
    <message>
        <source>Zoom in or out</source>
        <translation>Zoom avant ou arrière</translation>
    </message>
    <message>
        <source>Patient list</source>
        <translation>Liste des patients</translation>
    </message>
    <message>
        <source>Down / Enter</source>
        <translation>Bas / Entrée</translation>
    </message>
    <message>
        <source>Into the list / open the chart</source>
        <translation>Entrer dans la liste / ouvrir le dossier</translation>
    </message>
    <message>
        <source>Recall list</source>
        <translation>Liste des rappels</translation>
    </message>
    <message>
        <source>Enter / Ctrl+Enter</source>
        <translation>Entrée / Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Book the proposed slot / show the choices</source>
        <translation>Donner rendez-vous sur le créneau proposé / afficher les choix</translation>
    </message>
    <message>
        <source>Booking dialog</source>
        <translation>Fenêtre de prise de rendez-vous</translation>
    </message>
    <message>
        <source>Choose the patient typed; then book the highlighted choice</source>
        <translation>Choisir le patient saisi ; puis donner rendez-vous sur le choix en surbrillance</translation>
    </message>
    <message>
        <source>Close without booking</source>
        <translation>Fermer sans donner rendez-vous</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Propositions</translation>
    </message>
    <message>
        <source>1–5, Enter</source>
        <translation>1–5, Entrée</translation>
    </message>
    <message>
        <source>Pick a slot, book it</source>
        <translation>Choisir un créneau, donner le rendez-vous</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command you may use, and the keys that reach it from anywhere in the window.</source>
        <translation>Toutes les commandes que vous pouvez utiliser et les touches qui y mènent depuis n&apos;importe où dans la fenêtre.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;elle fait</translation>
    </message>
    <message>
        <source>Commands</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Inside the views</source>
        <translation>Dans les vues</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nom d&apos;utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>Your user name</source>
        <translation>Votre nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>Type your user name.</source>
        <translation>Saisissez votre nom d&apos;utilisateur.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Sign in to continue.</source>
        <translation>Connectez-vous pour continuer.</translation>
    </message>
    <message>
        <source>Create the clinic&apos;s manager account</source>
        <translation>Créer le compte du responsable de la clinique</translation>
    </message>
    <message>
        <source>This clinic has no user accounts yet. The first is the manager&apos;s: the manager adds the other users (reception, providers), and runs the clinic&apos;s settings, reports and backups. Choose a password of at least 8 characters; a short sentence is easy to remember and hard to guess.</source>
        <translation>Cette clinique n&apos;a encore aucun compte utilisateur. Le premier est celui du responsable : le responsable ajoute les autres utilisateurs (accueil, praticiens) et gère les paramètres, les rapports et les sauvegardes de la clinique. Choisissez un mot de passe d&apos;au moins 8 caractères ; une courte phrase est facile à retenir et difficile à deviner.</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>&amp;Répéter le mot de passe</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez deux fois le même mot de passe.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>Création du compte…</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <source>Snooze recall — {patient}</source>
        <translation>Reporter le rappel — {patient}</translation>
    </message>
    <message>
        <source>{patient} leaves the recall list until the date below, then comes back.</source>
        <translation>{patient} quitte la liste des rappels jusqu&apos;à la date ci-dessous, puis y revient.</translation>
    </message>
    <message>
        <source>Optional: why, e.g. away until December</source>
        <translation>Facultatif : pourquoi, p. ex. absent jusqu&apos;en décembre</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>&amp;Snooze</source>
        <translation>&amp;Reporter</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <source>Lot</source>
        <translation>N° de lot</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Vials left</source>
        <translation>Flacons restants</translation>
    </message>
    <message>
        <source>Vial size</source>
        <translation>Taille du flacon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Stock lots</source>
        <translation>Lots en stock</translation>
    </message>
    <message>
        <source>as printed on the box</source>
        <translation>tel qu&apos;imprimé sur la boîte</translation>
    </message>
    <message>
        <source>&amp;Receive lot</source>
        <translation>&amp;Réceptionner le lot</translation>
    </message>
    <message>
        <source>A delivery</source>
        <translation>Une livraison</translation>
    </message>
    <message>
        <source>&amp;Product:</source>
        <translation>&amp;Produit :</translation>
    </message>
    <message>
        <source>&amp;Lot number:</source>
        <translation>Numéro de &amp;lot :</translation>
    </message>
    <message>
        <source>E&amp;xpires:</source>
        <translation>E&amp;xpire le :</translation>
    </message>
    <message>
        <source>&amp;Vials:</source>
        <translation>&amp;Nombre de flacons :</translation>
    </message>
    <message>
        <source>Vial si&amp;ze:</source>
        <translation>&amp;Taille du flacon :</translation>
    </message>
    <message>
        <source>+ vials found, − vials broken, lost or returned</source>
        <translation>+ flacons retrouvés, − flacons cassés, perdus ou retournés</translation>
    </message>
    <message>
        <source>why: vial broken, returned to the supplier, found in the count</source>
        <translation>pourquoi : flacon cassé, retourné au fournisseur, retrouvé à l&apos;inventaire</translation>
    </message>
    <message>
        <source>A&amp;djust count</source>
        <translation>&amp;Ajuster le compte</translation>
    </message>
    <message>
        <source>The selected lot&apos;s count</source>
        <translation>Compte du lot sélectionné</translation>
    </message>
    <message>
        <source>&amp;Change by (vials):</source>
        <translation>&amp;Modifier de (flacons) :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>Mot&amp;if :</translation>
    </message>
    <message>
        <source>{units} units</source>
        <translation>{units} unités</translation>
    </message>
    <message>
        <source>Select a lot to adjust its count.</source>
        <translation>Sélectionnez un lot pour ajuster son compte.</translation>
    </message>
    <message>
        <source>No adjustments to this lot.</source>
        <translation>Aucun ajustement de ce lot.</translation>
    </message>
    <message>
        <source>Adjustments: {list}</source>
        <translation>Ajustements : {list}</translation>
    </message>
    <message>
        <source>Lot {lot} received: {vials} vials, expires {day}.</source>
        <translation>Lot {lot} réceptionné : {vials} flacons, expire le {day}.</translation>
    </message>
    <message>
        <source>Select the lot whose count changes.</source>
        <translation>Sélectionnez le lot dont le compte change.</translation>
    </message>
    <message>
        <source>Lot {lot}: 1 vial left.</source>
        <translation>Lot {lot} : il reste 1 flacon.</translation>
    </message>
    <message>
        <source>Lot {lot}: {vials} vials left.</source>
        <translation>Lot {lot} : il reste {vials} flacons.</translation>
    </message>
</context>
<context>
    <name>TreatmentDialog</name>
    <message>
        <source>{name} — {units} U/kg, needs a recent weight</source>
        <translation>{name} — {units} U/kg, nécessite un poids récent</translation>
    </message>
    <message>
        <source>{name} — {units} U at {weight}</source>
        <translation>{name} — {units} U pour {weight}</translation>
    </message>
    <message>
        <source>Under 18: doses are set by weight, and no weight from the last {days} days is on record. Weigh the patient and record it (the chart&apos;s Weight tab) first.</source>
        <translation>Moins de 18 ans : les doses sont fixées selon le poids, et aucun poids des {days} derniers jours n&apos;est consigné. Pesez d&apos;abord le patient et enregistrez-le (onglet Poids du dossier).</translation>
    </message>
    <message>
        <source>{dose} at {weight} (weighed {day})</source>
        <translation>{dose} pour {weight} (pesé le {day})</translation>
    </message>
    <message>
        <source>no weight-based limit is known for this product and indication</source>
        <translation>aucune limite selon le poids n&apos;est connue pour ce produit et cette indication</translation>
    </message>
    <message>
        <source>a child&apos;s limit here: {units} U ({limit})</source>
        <translation>limite pédiatrique ici : {units} U ({limit})</translation>
    </message>
    <message>
        <source>The {name} template sets the units from the weight: record the patient&apos;s weight (from the last {days} days) in the chart&apos;s Weight tab first.</source>
        <translation>Le modèle {name} fixe les unités selon le poids : enregistrez d&apos;abord le poids du patient (des {days} derniers jours) dans l&apos;onglet Poids du dossier.</translation>
    </message>
    <message>
        <source>Add the injection sites first.</source>
        <translation>Ajoutez d&apos;abord les points d&apos;injection.</translation>
    </message>
    <message>
        <source>Save as protocol</source>
        <translation>Enregistrer comme protocole</translation>
    </message>
    <message>
        <source>Name of the clinic&apos;s protocol:</source>
        <translation>Nom du protocole de la clinique :</translation>
    </message>
    <message>
        <source>Saved the protocol &apos;{name}&apos; ({units} U).</source>
        <translation>Protocole « {name} » enregistré ({units} U).</translation>
    </message>
    <message>
        <source>No usable lot of {product} in stock</source>
        <translation>Aucun lot utilisable de {product} en stock</translation>
    </message>
    <message>
        <source>{ml} mL ({units} U per 0.1 mL)</source>
        <translation>{ml} mL ({units} U pour 0,1 mL)</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>wasted units</source>
        <translation>unités perdues</translation>
    </message>
    <message>
        <source>Chart treatment — {name} ({mrn})</source>
        <translation>Consigner un traitement — {name} ({mrn})</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>You chart and sign as yourself; a supervising physician goes below</source>
        <translation>Vous consignez et signez en votre nom ; le médecin superviseur s&apos;indique plus bas</translation>
    </message>
    <message>
        <source>No template — enter the sites</source>
        <translation>Sans modèle — saisissez les points</translation>
    </message>
    <message>
        <source>Same sites as last time ({day}, {units} U)</source>
        <translation>Mêmes points que la dernière fois ({day}, {units} U)</translation>
    </message>
    <message>
        <source>Add the injection sites (choose a protocol, or click the map).</source>
        <translation>Ajoutez les points d&apos;injection (choisissez un protocole ou cliquez sur la carte).</translation>
    </message>
    <message>
        <source>There is no usable lot of {product} in stock; add one first.</source>
        <translation>Aucun lot utilisable de {product} en stock ; ajoutez-en un d&apos;abord.</translation>
    </message>
    <message>
        <source>Choose the provider.</source>
        <translation>Choisissez le praticien.</translation>
    </message>
    <message>
        <source>Consent not yet ticked as checked.</source>
        <translation>Le consentement n&apos;est pas encore coché comme vérifié.</translation>
    </message>
    <message>
        <source>Give the override reason: it is kept on the record with your name.</source>
        <translation>Indiquez le motif de la dérogation : il est conservé au dossier avec votre nom.</translation>
    </message>
    <message>
        <source>Chart treatment</source>
        <translation>Consigner un traitement</translation>
    </message>
    <message>
        <source>A nurse injector&apos;s supervising physician, kept beside the provider who gives and signs it</source>
        <translation>Le médecin qui supervise un infirmier injecteur, conservé à côté du praticien qui injecte et signe</translation>
    </message>
    <message>
        <source>Saline added to each vial; the label&apos;s volumes for this vial size</source>
        <translation>Sérum physiologique ajouté à chaque flacon ; les volumes du RCP pour cette taille de flacon</translation>
    </message>
    <message>
        <source>P&amp;rovider:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>&amp;Date and time:</source>
        <translation>&amp;Date et heure :</translation>
    </message>
    <message>
        <source>&amp;Indication:</source>
        <translation>&amp;Indication :</translation>
    </message>
    <message>
        <source>Pro&amp;tocol:</source>
        <translation>Pro&amp;tocole :</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pr&amp;oduit :</translation>
    </message>
    <message>
        <source>&amp;Lot:</source>
        <translation>&amp;Lot :</translation>
    </message>
    <message>
        <source>Dil&amp;uent per vial:</source>
        <translation>Dil&amp;uant par flacon :</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Guidage :</translation>
    </message>
    <message>
        <source>Supervised b&amp;y:</source>
        <translation>Supervisé p&amp;ar :</translation>
    </message>
    <message>
        <source>rest of vials</source>
        <translation>reste des flacons</translation>
    </message>
    <message>
        <source>Units discarded. Leave blank: what is left in the vials opened</source>
        <translation>Unités jetées. Laissez vide : ce qui reste dans les flacons ouverts</translation>
    </message>
    <message>
        <source>&amp;Waste (units):</source>
        <translation>Pe&amp;rte (unités) :</translation>
    </message>
    <message>
        <source>Injection sites</source>
        <translation>Points d&apos;injection</translation>
    </message>
    <message>
        <source>Consent checked before injecting</source>
        <translation>Consentement vérifié avant l&apos;injection</translation>
    </message>
    <message>
        <source>Space ticks it</source>
        <translation>La barre d&apos;espace le coche</translation>
    </message>
    <message>
        <source>Aftercare advice given</source>
        <translation>Conseils après traitement remis</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Remarques (facultatif)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Événement indésirable</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Adverse events of this visit</source>
        <translation>Événements indésirables de cette visite</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Ajouter un événement indésirable</translation>
    </message>
    <message>
        <source>Something that happened during the visit (vasovagal, bleeding, …)</source>
        <translation>Quelque chose survenu pendant la visite (malaise vagal, saignement, …)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Why you are going ahead anyway (kept on the record)</source>
        <translation>Pourquoi vous poursuivez malgré tout (conservé au dossier)</translation>
    </message>
    <message>
        <source>&amp;Override reason:</source>
        <translation>&amp;Motif de la dérogation :</translation>
    </message>
    <message>
        <source>Safety checks</source>
        <translation>Contrôles de sécurité</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>Enregistrer le brouillon</translation>
    </message>
    <message>
        <source>Save unsigned; sign it later from the chart</source>
        <translation>Enregistrer sans signer ; signez plus tard depuis le dossier</translation>
    </message>
    <message>
        <source>Save as protocol…</source>
        <translation>Enregistrer comme protocole…</translation>
    </message>
    <message>
        <source>Keep these sites as one of the clinic&apos;s own protocol templates</source>
        <translation>Conserver ces points comme modèle de protocole propre à la clinique</translation>
    </message>
    <message>
        <source>Sign  (Ctrl+Return)</source>
        <translation>Signer  (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Record and sign (Ctrl+Return)</source>
        <translation>Enregistrer et signer (Ctrl+Entrée)</translation>
    </message>
</context>
<context>
    <name>TreatmentWords</name>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Des deux côtés</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Ligne médiane</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Léger</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Modéré</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Sévère</translation>
    </message>
    <message>
        <source>1 vial left</source>
        <translation>1 flacon restant</translation>
    </message>
    <message>
        <source>{count} vials left</source>
        <translation>{count} flacons restants</translation>
    </message>
    <message>
        <source>{lot} — expires {day} — {vials} of {units} U</source>
        <translation>{lot} — expire le {day} — {vials} de {units} U</translation>
    </message>
    <message>
        <source>1 vial of {units} U opened</source>
        <translation>1 flacon de {units} U ouvert</translation>
    </message>
    <message>
        <source>{count} vials of {units} U opened</source>
        <translation>{count} flacons de {units} U ouverts</translation>
    </message>
    <message>
        <source>{waste} U discarded</source>
        <translation>{waste} U jetées</translation>
    </message>
</context>
<context>
    <name>UsersDialog</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>Verrouillé jusqu&apos;à</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Not linked — choose the provider</source>
        <translation>Non lié — choisissez le praticien</translation>
    </message>
    <message>
        <source>Reception: scheduling, patient details, recalls; no clinical charting</source>
        <translation>Accueil : agenda, coordonnées des patients, rappels ; pas de saisie clinique</translation>
    </message>
    <message>
        <source>Provider: everything reception does, and charting, signing, outcomes</source>
        <translation>Praticien : tout ce que fait l&apos;accueil, plus la saisie clinique, la signature et les résultats</translation>
    </message>
    <message>
        <source>Manager: settings, users, reports, backups, the audit trail; reads charts, does not chart</source>
        <translation>Responsable : paramètres, utilisateurs, rapports, sauvegardes, journal d&apos;audit ; consulte les dossiers, n&apos;y saisit rien</translation>
    </message>
    <message>
        <source>The two passwords are not the same; type the new password twice.</source>
        <translation>Les deux mots de passe diffèrent ; saisissez deux fois le nouveau mot de passe.</translation>
    </message>
    <message>
        <source>at least {count} characters</source>
        <translation>au moins {count} caractères</translation>
    </message>
    <message>
        <source>the same again</source>
        <translation>le même une seconde fois</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No — switched off</source>
        <translation>Non — désactivé</translation>
    </message>
    <message>
        <source>Provider {id}</source>
        <translation>Praticien {id}</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords; Unlock lets them try again now</source>
        <translation>Verrouillé après trop de mots de passe incorrects ; Déverrouiller permet de réessayer tout de suite</translation>
    </message>
    <message>
        <source>The provider record this account is: it charts and signs as them</source>
        <translation>La fiche praticien de ce compte : il saisit et signe en son nom</translation>
    </message>
    <message>
        <source>Choose the provider…</source>
        <translation>Choisissez le praticien…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>what they type to sign in, e.g. ana</source>
        <translation>ce qu&apos;il saisit pour se connecter, p. ex. ana</translation>
    </message>
    <message>
        <source>Pro&amp;vider:</source>
        <translation>&amp;Praticien :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>R&amp;épéter le mot de passe :</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>Nouveau mot de passe pour {name}</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>Définir le mot de passe</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nouveau mot de passe :</translation>
    </message>
    <message>
        <source>R&amp;epeat:</source>
        <translation>R&amp;épéter :</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Everyone who uses the clinic&apos;s computers signs in with an account of their own; what they may do follows their role. Switch off the account of someone who has left rather than deleting it: the audit trail keeps their name.</source>
        <translation>Chaque personne qui utilise les ordinateurs de la clinique se connecte avec son propre compte ; ce qu&apos;elle peut faire dépend de son rôle. Désactivez le compte d&apos;une personne partie plutôt que de le supprimer : le journal d&apos;audit conserve son nom.</translation>
    </message>
    <message>
        <source>&amp;Add user…</source>
        <translation>&amp;Ajouter un utilisateur…</translation>
    </message>
    <message>
        <source>The selected user&apos;s role</source>
        <translation>Le rôle de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>A provider account&apos;s provider record (it charts and signs as them)</source>
        <translation>La fiche praticien d&apos;un compte praticien (il saisit et signe en son nom)</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Changer le &amp;rôle</translation>
    </message>
    <message>
        <source>Give the selected user the role (and, for a provider, the provider) chosen</source>
        <translation>Donner à l&apos;utilisateur sélectionné le rôle choisi (et, pour un praticien, le praticien choisi)</translation>
    </message>
    <message>
        <source>Switch &amp;off</source>
        <translation>Désac&amp;tiver</translation>
    </message>
    <message>
        <source>A switched-off account cannot sign in; switch it on again any time</source>
        <translation>Un compte désactivé ne peut pas se connecter ; vous pouvez le réactiver à tout moment</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Let a user locked out by wrong passwords try again now</source>
        <translation>Permettre à un utilisateur verrouillé après des mots de passe incorrects de réessayer tout de suite</translation>
    </message>
    <message>
        <source>Set &amp;password…</source>
        <translation>Définir le mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Give the selected user a new password</source>
        <translation>Donner un nouveau mot de passe à l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle :</translation>
    </message>
    <message>
        <source>Switch &amp;on</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>{name} is already a {role}.</source>
        <translation>{name} a déjà le rôle {role}.</translation>
    </message>
    <message>
        <source>{name} is now a {role}, charting as {provider}.</source>
        <translation>{name} a désormais le rôle {role} et saisit au nom de {provider}.</translation>
    </message>
    <message>
        <source>{name} is now a {role}.</source>
        <translation>{name} a désormais le rôle {role}.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched on.</source>
        <translation>Le compte de {name} est activé.</translation>
    </message>
    <message>
        <source>{name}&apos;s account is switched off.</source>
        <translation>Le compte de {name} est désactivé.</translation>
    </message>
    <message>
        <source>{name} can sign in again.</source>
        <translation>{name} peut de nouveau se connecter.</translation>
    </message>
    <message>
        <source>{name} added as a {role}.</source>
        <translation>{name} a été ajouté avec le rôle {role}.</translation>
    </message>
    <message>
        <source>{name}&apos;s password was changed.</source>
        <translation>Le mot de passe de {name} a été changé.</translation>
    </message>
</context>
<context>
    <name>Waitlist</name>
    <message>
        <source>any visit type</source>
        <translation>tout type de visite</translation>
    </message>
    <message>
        <source>any provider</source>
        <translation>n&apos;importe quel praticien</translation>
    </message>
    <message>
        <source>{patient} — {type} with {provider}, {earliest} to {latest} · waiting since {since}</source>
        <translation>{patient} — {type} avec {provider}, du {earliest} au {latest} · en attente depuis le {since}</translation>
    </message>
    <message>
        <source>{patient} — {type} with {provider}, {earliest} on · waiting since {since}</source>
        <translation>{patient} — {type} avec {provider}, à partir du {earliest} · en attente depuis le {since}</translation>
    </message>
    <message>
        <source>Offer the freed slot</source>
        <translation>Proposer le créneau libéré</translation>
    </message>
    <message>
        <source>{provider}&apos;s slot {time} on {day} is free. These patients on the waiting list would take it (longest waiting first):</source>
        <translation>Le créneau de {provider} de {time} le {day} est libre. Ces patients de la liste d&apos;attente le prendraient (ceux qui attendent depuis le plus longtemps d&apos;abord) :</translation>
    </message>
    <message>
        <source>Patients who would take it</source>
        <translation>Patients qui le prendraient</translation>
    </message>
    <message>
        <source>Longest waiting first</source>
        <translation>Ceux qui attendent depuis le plus longtemps d&apos;abord</translation>
    </message>
    <message>
        <source>Book this patient</source>
        <translation>Réserver pour ce patient</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Waiting list</source>
        <translation>Liste d&apos;attente</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Find a patient: name, phone, date of birth or MRN</source>
        <translation>Trouver un patient : nom, téléphone, date de naissance ou numéro de dossier</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>Patients trouvés</translation>
    </message>
    <message>
        <source>Open requests, longest waiting first:</source>
        <translation>Demandes en cours, les plus anciennes d&apos;abord :</translation>
    </message>
    <message>
        <source>Any provider</source>
        <translation>N&apos;importe quel praticien</translation>
    </message>
    <message>
        <source>Any visit type</source>
        <translation>Tout type de visite</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <source>e.g. mornings only, can come at short notice</source>
        <translation>p. ex. le matin seulement, peut venir au dernier moment</translation>
    </message>
    <message>
        <source>Add to waiting list</source>
        <translation>Ajouter à la liste d&apos;attente</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Nom du patient</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Praticien</translation>
    </message>
    <message>
        <source>Visit type</source>
        <translation>Type de visite</translation>
    </message>
    <message>
        <source>From</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Add a patient</source>
        <translation>Ajouter un patient</translation>
    </message>
</context>
</TS>
