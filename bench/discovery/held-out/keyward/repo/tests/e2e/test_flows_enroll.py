"""test enrollment flow"""

from time import sleep

from selenium.webdriver.common.by import By

from keyward.core.models import User
from keyward.flows.models import Flow
from tests.e2e.utils import SeleniumTestCase, retry


class TestFlowsEnroll(SeleniumTestCase):
    """Test Enroll flow"""

    @retry()
    def test_enroll_2_step(self):
        """Test 2-step enroll flow"""
        self.driver.get(self.live_server_url)
        flow_executor = self.get_shadow_root("ak-flow-executor")
        identification_stage = self.get_shadow_root("ak-stage-identification", flow_executor)
        wait = self.wait_for_url(self.if_user_url())
        identification_stage.find_element(By.CSS_SELECTOR, "#enroll").click()
        sleep(1)
        user = User.objects.get(username="foo")
        self.assertEqual(user.username, "foo")
        self.assertTrue(Flow.objects.filter(slug="default-enrollment-flow").exists())
        _ = wait
