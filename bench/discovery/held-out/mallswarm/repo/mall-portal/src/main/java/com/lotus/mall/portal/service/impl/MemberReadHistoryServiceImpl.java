package com.lotus.mall.portal.service.impl;

import com.lotus.mall.portal.domain.MemberReadHistory;
import com.lotus.mall.portal.repository.MemberReadHistoryRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;

import java.util.Date;

/** Browsing history, stored in MongoDB. */
@Service
public class MemberReadHistoryServiceImpl {
    private final MemberReadHistoryRepository repository;

    public MemberReadHistoryServiceImpl(MemberReadHistoryRepository repository) {
        this.repository = repository;
    }

    public MemberReadHistory create(Long memberId, MemberReadHistory history) {
        // one entry per product: remove the old one so the newest view sorts first
        repository.deleteByMemberIdAndProductId(memberId, history.getProductId());
        history.setId(null);
        history.setMemberId(memberId);
        history.setCreateTime(new Date());
        return repository.save(history);
    }

    public Page<MemberReadHistory> list(Long memberId, int pageNum, int pageSize) {
        return repository.findByMemberIdOrderByCreateTimeDesc(memberId, PageRequest.of(pageNum - 1, pageSize));
    }

    public void clear(Long memberId) {
        repository.deleteAllByMemberId(memberId);
    }
}
