package xerr

// success
const OK uint32 = 200

// global error codes, first three digits are the module
const (
	SERVER_COMMON_ERROR uint32 = 100001
	REUQEST_PARAM_ERROR uint32 = 100002
	TOKEN_EXPIRE_ERROR  uint32 = 100003
	TOKEN_GENERATE_ERROR uint32 = 100004
	DB_ERROR            uint32 = 100005
	DB_UPDATE_AFFECTED_ZERO_ERROR uint32 = 100006
)

var message = map[uint32]string{
	OK:                            "SUCCESS",
	SERVER_COMMON_ERROR:           "server is busy, please try again later",
	REUQEST_PARAM_ERROR:           "invalid parameters",
	TOKEN_EXPIRE_ERROR:            "token expired, please log in again",
	TOKEN_GENERATE_ERROR:          "failed to generate token",
	DB_ERROR:                      "database busy, please try again later",
	DB_UPDATE_AFFECTED_ZERO_ERROR: "update affected no rows",
}

func MapErrMsg(code uint32) string {
	if msg, ok := message[code]; ok {
		return msg
	}
	return "server is busy, please try again later"
}

func IsCodeErr(code uint32) bool {
	_, ok := message[code]
	return ok
}
