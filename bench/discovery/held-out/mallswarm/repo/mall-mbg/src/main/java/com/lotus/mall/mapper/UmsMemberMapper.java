package com.lotus.mall.mapper;

import com.lotus.mall.model.UmsMember;
import org.apache.ibatis.annotations.Param;

import java.util.List;

public interface UmsMemberMapper {
    int deleteByPrimaryKey(Long id);

    int insert(UmsMember row);

    int insertSelective(UmsMember row);

    UmsMember selectByPrimaryKey(Long id);

    List<UmsMember> selectAll();

    int updateByPrimaryKeySelective(@Param("row") UmsMember row);

    int updateByPrimaryKey(UmsMember row);
}
