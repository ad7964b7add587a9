from rest_framework.routers import DefaultRouter

from sprintloom.projects.userstories.api import UserStoryViewSet
from sprintloom.users.api import UsersViewSet

router = DefaultRouter(trailing_slash=False)
router.register(r"userstories", UserStoryViewSet, basename="userstories")
router.register(r"users", UsersViewSet, basename="users")
