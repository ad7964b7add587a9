package com.railwaygo.user;

import com.railwaygo.common.util.Response;
import org.springframework.web.bind.annotation.*;

import java.util.Map;

@RestController
@RequestMapping("/api/v1/userservice/users")
public class UserController {

    private final UserServiceImpl userService;

    public UserController(UserServiceImpl userService) {
        this.userService = userService;
    }

    @GetMapping("/hello")
    public String hello() {
        return "Hello";
    }

    @PostMapping("/register")
    public Response<UserServiceImpl.User> register(@RequestBody Map<String, String> body) {
        UserServiceImpl.User u = new UserServiceImpl.User();
        u.setUserName(body.get("userName"));
        u.setEmail(body.get("email"));
        u.setDocumentNum(body.get("documentNum"));
        return userService.register(u, body.get("password"));
    }

    @GetMapping("/{userName}")
    public Response<UserServiceImpl.User> get(@PathVariable String userName) {
        return userService.findByUserName(userName);
    }

    @DeleteMapping("/{userId}")
    public Response<String> delete(@PathVariable String userId) {
        return userService.delete(userId);
    }
}
