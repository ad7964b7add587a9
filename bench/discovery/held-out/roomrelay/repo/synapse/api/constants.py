class Membership:
    INVITE = "invite"
    JOIN = "join"
    LEAVE = "leave"
    BAN = "ban"


class EventTypes:
    Member = "m.room.member"
    Create = "m.room.create"
    Message = "m.room.message"
    Encrypted = "m.room.encrypted"
