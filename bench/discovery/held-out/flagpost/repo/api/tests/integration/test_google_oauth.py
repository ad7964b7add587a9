import responses

from custom_auth.oauth.google import USER_INFO_URL, get_user_info


@responses.activate
def test_get_user_info():
    responses.add(responses.GET, USER_INFO_URL, json={"email": "a@example.com", "id": "123"})
    assert get_user_info("token")["email"] == "a@example.com"
