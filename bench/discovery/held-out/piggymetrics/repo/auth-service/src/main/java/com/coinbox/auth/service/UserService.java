package com.coinbox.auth.service;

import com.coinbox.auth.domain.User;

public interface UserService {

	void create(User user);
}
