"""email stage tests"""

from unittest.mock import MagicMock, PropertyMock, patch

from django.core import mail
from django.core.mail.backends.locmem import EmailBackend
from django.test import TestCase
from django.urls import reverse

from keyward.core.tests.utils import create_test_admin_user, create_test_flow
from keyward.flows.markers import StageMarker
from keyward.flows.models import FlowDesignation, FlowStageBinding
from keyward.flows.planner import PLAN_CONTEXT_PENDING_USER, FlowPlan
from keyward.flows.views.executor import SESSION_KEY_PLAN
from keyward.stages.email.models import EmailStage


class TestEmailStageSending(TestCase):
    """Email tests"""

    def setUp(self):
        super().setUp()
        self.user = create_test_admin_user()
        self.flow = create_test_flow(FlowDesignation.AUTHENTICATION)
        self.stage = EmailStage.objects.create(name="email", host="smtp.test.invalid")
        self.binding = FlowStageBinding.objects.create(target=self.flow, stage=self.stage, order=2)

    def test_pending_user(self):
        """Test with pending user"""
        plan = FlowPlan(flow_pk=self.flow.pk.hex, bindings=[self.binding], markers=[StageMarker()])
        plan.context[PLAN_CONTEXT_PENDING_USER] = self.user
        session = self.client.session
        session[SESSION_KEY_PLAN] = plan
        session.save()

        url = reverse("keyward_api:flow-executor", kwargs={"flow_slug": self.flow.slug})
        with patch(
            "keyward.stages.email.models.EmailStage.backend_class",
            PropertyMock(return_value=EmailBackend),
        ):
            response = self.client.post(url)
            self.assertEqual(response.status_code, 200)
            self.assertEqual(len(mail.outbox), 1)
            self.assertEqual(mail.outbox[0].subject, "keyward")

    def test_send_error(self):
        """Test error during sending"""
        with patch(
            "django.core.mail.backends.locmem.EmailBackend.send_messages",
            MagicMock(side_effect=OSError("foo")),
        ):
            self.assertEqual(len(mail.outbox), 0)
