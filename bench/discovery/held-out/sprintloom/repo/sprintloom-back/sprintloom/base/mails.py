from djmail.template_mail import MagicMailBuilder, InlineCSSTemplateMail

# All outgoing mail goes through djmail; the real transport is settings.DJMAIL_REAL_BACKEND
mail_builder = MagicMailBuilder(template_mail_cls=InlineCSSTemplateMail)
