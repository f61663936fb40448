<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name></name>
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
</TS>
