package com.lotus.mall.mapper;

import com.lotus.mall.model.UmsAdmin;
import org.apache.ibatis.annotations.Param;

import java.util.List;

public interface UmsAdminMapper {
    int deleteByPrimaryKey(Long id);

    int insert(UmsAdmin row);

    int insertSelective(UmsAdmin row);

    UmsAdmin selectByPrimaryKey(Long id);

    List<UmsAdmin> selectAll();

    int updateByPrimaryKeySelective(@Param("row") UmsAdmin row);

    int updateByPrimaryKey(UmsAdmin row);
}
