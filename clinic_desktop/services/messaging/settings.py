"""The channels and the templates: clinic settings a manager changes."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from clinic_desktop.domain import messages as rules
from clinic_desktop.domain.access import Permission
from clinic_desktop.domain.messages import Template
from clinic_desktop.domain.outbox import Channel, TemplateName
from clinic_desktop.services.channels import check_email_settings, check_sms_settings
from clinic_desktop.services.messaging.base import ChannelInfo, MessagingBase


class ChannelsAndTemplates(MessagingBase):
    """The mail server and text gateway, and the templates of every message."""

    # --- channels and templates (clinic settings) ------------------------------------------------------

    def channels(self) -> list[ChannelInfo]:
        self._s.require(Permission.MESSAGES)
        return [self._channel_info(c) for c in Channel]

    def set_email_channel(
        self,
        host: str,
        port: int | None,
        security: str,
        sender: str,
        user: str = "",
        password: str | None = None,
    ) -> ChannelInfo:
        """The mail server; the password (None: keep the one this computer has) on this computer."""
        self._s.require(Permission.SETTINGS)
        settings = check_email_settings(host, port, security, sender, user)
        return self._set_channel(Channel.EMAIL, settings.__dict__, password)

    def set_sms_channel(
        self,
        url: str,
        user: str = "",
        body_template: str | None = None,
        sender: str = "",
        password: str | None = None,
    ) -> ChannelInfo:
        self._s.require(Permission.SETTINGS)
        settings = check_sms_settings(url, user, body_template, sender)
        return self._set_channel(Channel.SMS, settings.__dict__, password)

    def _set_channel(self, channel: Channel, values: dict[str, Any], password: str | None) -> ChannelInfo:
        store = self._s.store
        with store.write_transaction():
            before = store.outbox.channel_settings(channel)
            store.outbox.set_channel_settings(channel, values)
            after = dict(values, password="changed" if password else "unchanged")  # never the password
            self._s.record("change", "message_channel", channel.value, before, after)
        if password:
            self._credentials().set(channel.value, password)
        return self._channel_info(channel)

    def templates(self) -> list[Template]:
        """Every template: the clinic's own where it changed one, else the default."""
        custom = {(t.name, t.channel, t.language): t for t in self._s.store.outbox.templates()}
        return [custom.get((t.name, t.channel, t.language), t) for t in rules.default_templates()]

    def save_template(self, template: Template) -> Template:
        self._s.require(Permission.SETTINGS)
        checked = rules.check_template(template)
        store = self._s.store
        with store.write_transaction():
            before = self._template(checked.name, checked.channel, checked.language)
            store.outbox.set_template(checked, self._person(), self._s.now())
            self._record_change(checked.name, checked.channel, checked.language, before, checked)
        return Template(checked.name, checked.channel, checked.language, checked.subject, checked.body, True)

    def reset_template(self, name: TemplateName, channel: Channel, language: str) -> Template:
        self._s.require(Permission.SETTINGS)
        store = self._s.store
        with store.write_transaction():
            before = self._template(name, channel, language)
            if store.outbox.reset_template(name, channel, language):
                default = rules.default_template(name, channel, language)
                self._record_change(name, channel, language, before, default)
        return rules.default_template(name, channel, language)

    def preview(self, template: Template) -> tuple[str, str]:
        """The template filled in with an example patient and appointment (the clinic's own name,
        address and number): what the editor shows beside the text. Refuses what saving would."""
        checked = rules.check_template(template)
        settings = self._s.store.settings.get()
        language = checked.language
        example = self._s.time.to_local(self._s.now()).replace(hour=9, minute=30, second=0) + timedelta(
            days=7
        )
        return rules.render(checked, self._values(settings, language, example, "Ines", "Dr Lind"))

    def _record_change(
        self, name: TemplateName, channel: Channel, language: str, before: Template, after: Template
    ) -> None:
        """The audit entry of a template changed or reset (inside the change's transaction)."""
        self._s.record(
            "change",
            "message_template",
            f"{name.value}:{channel.value}:{language}",
            {"subject": before.subject, "body": before.body},
            {"subject": after.subject, "body": after.body},
        )
